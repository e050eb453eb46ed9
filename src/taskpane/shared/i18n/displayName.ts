/** What a dimension or metric is called in the pane: its label in the pane's language, else its key. */
import { labelIn, type Locale, type PolicyLabel } from "../../../engine/locale";

export function displayName(item: { key: string; label?: PolicyLabel }, locale: Locale): string {
  // An empty label is as good as none: a blank row header would hide which row it is.
  return (item.label && labelIn(item.label, locale).trim()) || item.key;
}
