/** The languages TeleScore speaks, in the pane and on the sheets it writes: one type for both. */
export type Locale = "en" | "zh";

export const LOCALES: readonly Locale[] = ["en", "zh"];

/** A name in every language (a policy's labels, a field's label). */
export type Localized = Record<Locale, string>;

/** One table of texts per language; typed so that a key missing from any language is a compile error. */
export type Translations<T> = Readonly<Record<Locale, T>>;
