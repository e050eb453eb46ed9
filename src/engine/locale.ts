/**
 * The languages TeleScore speaks, in the pane and on the sheets it writes: one type for both.
 * "zh" is Simplified Chinese (mainland, Singapore), "zh-Hant" Traditional Chinese with the terms
 * used in Taiwan and Hong Kong (docs/policy.md, "Languages").
 */
export type Locale = "en" | "zh" | "zh-Hant";

export const LOCALES: readonly Locale[] = ["en", "zh", "zh-Hant"];

/** A name in every language (a field's label, a column header). */
export type Localized = Record<Locale, string>;

/**
 * A name a policy gives (a dimension's or metric's label): English and Simplified always, the
 * Traditional one optional, since policies saved before it existed have none (docs/policy.md).
 */
export type PolicyLabel = Omit<Localized, "zh-Hant"> & { "zh-Hant"?: string };

/** A policy label in a language: a missing or blank Traditional label falls back to the Simplified one. */
export function labelIn(label: PolicyLabel, locale: Locale): string {
  return locale === "zh-Hant" ? label["zh-Hant"]?.trim() || label.zh : label[locale];
}

/** Whether a language is one of the Chinese ones (shared typography, the same number formats). */
export const isChinese = (locale: Locale): boolean => locale !== "en";

/** One table of texts per language; typed so that a key missing from any language is a compile error. */
export type Translations<T> = Readonly<Record<Locale, T>>;

/** Between the items of a list written in running text: Chinese uses the enumeration comma 、. */
export const LIST_SEPARATOR: Readonly<Record<Locale, string>> = { en: ", ", zh: "、", "zh-Hant": "、" };
