/**
 * Which language the pane speaks: the user's own choice when they made one (kept in
 * localStorage), otherwise Office's display language.
 */
import { LOCALES, type Locale } from "../../../engine/locale";
import { langOfDisplayLanguage } from "../../../engine/messages";

/** Each language named in itself, so a reader finds theirs whatever the pane speaks now. */
export const LOCALE_NAMES: Record<Locale, string> = { en: "English", zh: "中文" };

const STORAGE_KEY = "telescore.locale";

/**
 * Chinese for any "zh" tag (zh-CN, zh-SG, zh-TW…): the only Chinese table is Simplified, which a
 * Traditional reader still follows better than English. Everything else, or no tag, is English.
 */
export function localeFromDisplayLanguage(tag: string | null | undefined): Locale {
  return langOfDisplayLanguage(tag); // the engine's rule, which the TELE functions' messages follow too
}

/** The BCP 47 tag for `lang` attributes and Intl formatting. */
export function languageTag(locale: Locale): string {
  return locale === "zh" ? "zh-CN" : "en-US";
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
