/**
 * Which language the pane speaks: the user's own choice when they made one (kept in
 * localStorage), otherwise Office's display language.
 */
import { LOCALES, type Locale } from "../../../engine/locale";
import { langOfDisplayLanguage } from "../../../engine/messages";

/** Each language named in itself, so a reader finds theirs whatever the pane speaks now. */
export const LOCALE_NAMES: Record<Locale, string> = { en: "English", zh: "简体中文", "zh-Hant": "繁體中文" };

const STORAGE_KEY = "telescore.locale";

/** Traditional Chinese for zh-TW, zh-HK, zh-MO; Simplified for zh-CN, zh-SG; English for the rest. */
export function localeFromDisplayLanguage(tag: string | null | undefined): Locale {
  return langOfDisplayLanguage(tag); // the engine's rule, which the TELE functions' messages follow too
}

const LANGUAGE_TAGS: Record<Locale, string> = { en: "en-US", zh: "zh-CN", "zh-Hant": "zh-TW" };

/** The BCP 47 tag for `lang` attributes and Intl formatting. */
export function languageTag(locale: Locale): string {
  return LANGUAGE_TAGS[locale];
}

/** The browser's localStorage, or null where the host forbids it (it throws in some sandboxes). */
export function browserStorage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

export function isLocale(value: string | null): value is Locale {
  return LOCALES.some((l) => l === value);
}

/** The remembered choice, if any; a foreign or unreadable value counts as none. */
export function savedLocale(storage: Storage | null): Locale | undefined {
  try {
    const value = storage?.getItem(STORAGE_KEY) ?? null;
    return isLocale(value) ? value : undefined;
  } catch {
    return undefined;
  }
}

/** Remembers the choice; a full or forbidden storage only loses the memory, not the switch. */
export function saveLocale(storage: Storage | null, locale: Locale): void {
  try {
    storage?.setItem(STORAGE_KEY, locale);
  } catch {
    // Nothing to do: the language still changes for this session.
  }
}

export function initialLocale(displayLanguage: string | null | undefined, storage: Storage | null): Locale {
  return savedLocale(storage) ?? localeFromDisplayLanguage(displayLanguage);
}
