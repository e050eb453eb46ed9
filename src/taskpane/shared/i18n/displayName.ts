/** What a dimension or metric is called in the pane: its label in the pane's language, else its key. */
import type { Locale, Localized } from "../../../engine/locale";

export function displayName(item: { key: string; label?: Localized }, locale: Locale): string {
  // An empty label is as good as none: a blank row header would hide which row it is.
  return item.label?.[locale]?.trim() || item.key;
}
