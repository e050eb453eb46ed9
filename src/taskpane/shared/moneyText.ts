/**
 * An amount as the pane shows it, to the cent, in the pane's language: "-1,234,567.89". The text is
 * built from the amount's BigInt cents (money.ts), with only the separators and the minus sign
 * taken from Intl, so no float rounding decides a digit: an amount past 2^53 cents, or one whose
 * binary value sits just below a half cent (1.005), still shows the cents money.ts computed.
 */
import { toCents } from "../../engine/money";
import { languageTag } from "./i18n/locale";
import type { Locale } from "../../engine/locale";

export function formatMoney(amount: number, locale: Locale): string {
  const cents = toCents(amount);
  const magnitude = cents < 0n ? -cents : cents;
  const tag = languageTag(locale);
  const parts = new Intl.NumberFormat(tag).formatToParts(-1.5);
  const decimal = parts.find((p) => p.type === "decimal")?.value ?? ".";
  const minus = cents < 0n ? (parts.find((p) => p.type === "minusSign")?.value ?? "-") : "";
  // Intl formats a bigint exactly: grouping without a trip through a double.
  const whole = new Intl.NumberFormat(tag, { maximumFractionDigits: 0 }).format(magnitude / 100n);
  return `${minus}${whole}${decimal}${String(magnitude % 100n).padStart(2, "0")}`;
}
