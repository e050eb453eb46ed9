/**
 * How TeleScore compares names people type, in one place (docs/method.md, "Names"). Two rules,
 * because the method fixes one of them:
 * - policy names (positions, dimension and metric keys) match ignoring case and surrounding
 *   spaces only, so "TeamLead" is not the position "Team Lead";
 * - names read from data (rep ids and names) also ignore full/half width and every space, because
 *   exports write "张 三" and "张三", "ＪＩＭ" and "Jim" for the same person.
 * Column headers have their own reader (review/headerMapping.ts normalizeHeader).
 */
import { labelIn, type Locale, type PolicyLabel } from "./locale";

/** Policy names: "  team LEAD " is "Team Lead". */
export function sameName(a: string, b: string): boolean {
  return a === b || policyNameKey(a) === policyNameKey(b);
}

/** The form under which two policy names are the same (see sameName). */
export function policyNameKey(name: string): string {
  return name.trim().toLowerCase();
}

/** Names from data: full/half width, case and every space ignored ("  jim " is "Jim", "张 三" is "张三"). */
export function nameKey(name: string): string {
  return name.normalize("NFKC").toLowerCase().replace(/\s+/g, "");
}

/** An item's name in a language: its label there, else its own key or name. An empty label is as good as none (a blank header would hide which row it is). */
export function nameIn(label: PolicyLabel | undefined, name: string, lang: Locale): string {
  return (label && labelIn(label, lang).trim()) || name;
}
