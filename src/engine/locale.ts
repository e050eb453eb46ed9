/** The languages TeleScore speaks, in the pane and on the sheets it writes: one type for both. */
export type Locale = "en" | "zh";

export const LOCALES: readonly Locale[] = ["en", "zh"];

/** A name in every language (a policy's labels, a field's label). */
export type Localized = Record<Locale, string>;
