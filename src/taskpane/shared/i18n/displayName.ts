/** What a dimension or metric is called in the pane: its label in the pane's language, else its key (names.ts nameIn). */
import type { Locale, PolicyLabel } from "../../../engine/locale";
import { nameIn } from "../../../engine/names";

export function displayName(item: { key: string; label?: PolicyLabel }, locale: Locale): string {
  return nameIn(item.label, item.key, locale);
}
