/** Numbers and month names as the pane's language writes them. */
import { languageTag } from "./locale";
import type { Locale } from "../../../engine/locale";

export interface Format {
  /** A plain number: grouped thousands, up to 4 decimals (seasonal factors such as 1.125). */
  number(value: number): string;
  /** A fraction as a percentage: 0.5 -> "50%". */
  percent(fraction: number): string;
  /** A short month name, January = 0. */
  month(index: number): string;
}

export function makeFormat(locale: Locale): Format {
  const tag = languageTag(locale);
  const numbers = new Intl.NumberFormat(tag, { maximumFractionDigits: 4 });
  const percents = new Intl.NumberFormat(tag, { style: "percent", maximumFractionDigits: 2 });
  const months = new Intl.DateTimeFormat(tag, { month: "short", timeZone: "UTC" });
  return {
    number: (value) => numbers.format(value),
    percent: (fraction) => percents.format(fraction),
    month: (index) => months.format(Date.UTC(2000, index, 1)),
  };
}
