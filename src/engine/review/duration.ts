/**
 * Talk time, whatever form it arrives in (docs/review.md, "Talk time"): an Excel time (a cell formatted h:mm:ss holds a
 * fraction of a day), "h:mm:ss" text, seconds or hours when the header says so, or minutes.
 * Durations are carried as whole milliseconds, so sums of many calls are exact (to the second and
 * below) and only the final division turns them into minutes.
 */
import { numError } from "../errors";
import { readNumber, type CellValue } from "../input";

/** What a plain number in the column means: "time" is Excel's fraction of a day. */
export const DURATION_UNITS = ["seconds", "minutes", "hours", "time"] as const;
export type DurationUnit = (typeof DURATION_UNITS)[number];

const MS_PER: Record<DurationUnit, number> = { seconds: 1000, minutes: 60_000, hours: 3_600_000, time: 86_400_000 };

/** h:mm, h:mm:ss or h:mm:ss.fff; hours may run past 24 ("[h]:mm:ss" totals), minutes and seconds may not reach 60. */
const CLOCK = /^(\d+):([0-5]?\d)(?::([0-5]?\d(?:\.\d+)?))?$/;

/**
 * The duration in whole milliseconds, or null when blank. Text "h:mm:ss" (or "h:mm", as Excel reads
 * two parts: "2:30" is two and a half hours) is a clock reading; other text must be a number and is
 * read in `unit`. Negative durations are #NUM!, booleans and other text #VALUE! naming `param`.
 */
export function durationMillis(value: CellValue, unit: DurationUnit, param: string): number | null {
  if (typeof value === "string") {
    const clock = CLOCK.exec(value.normalize("NFKC").trim());
    if (clock) {
      const [, h, m, s = "0"] = clock;
      return Math.round((Number(h) * 3600 + Number(m) * 60 + Number(s)) * 1000);
    }
  }
  const x = readNumber(value, param, { nonNegative: true });
  if (x === null) return null;
  const ms = Math.round(x * MS_PER[unit]); // rounding to the ms removes binary noise of a time fraction (143 s = 0.00165509259…)
  if (!Number.isSafeInteger(ms)) throw numError("durationTooLarge", { param, value: x });
  return ms;
}

/** The duration in minutes, or null when blank (see durationMillis). */
export function toMinutes(value: CellValue, unit: DurationUnit, param: string): number | null {
  const ms = durationMillis(value, unit, param);
  return ms === null ? null : ms / 60_000;
}

/**
 * "time" when an Excel number format shows a time of day or a duration ("h:mm:ss", "[h]:mm:ss",
 * "mm:ss", "[mm]:ss"), else null. Quoted literals, escaped characters and colour/locale tags are
 * ignored, so "0 \"h\"" or "[Red]0.00" are not taken for times.
 */
export function unitFromNumberFormat(format: string | null | undefined): DurationUnit | null {
  if (!format) return null;
  const codes = format
    .replace(/"[^"]*"/g, "")
    .replace(/\\./g, "")
    .replace(/\[(?![hms]+\])[^\]]*\]/gi, "");
  return /\[[hms]+\]/i.test(codes) || (/:/.test(codes) && /[hs]/i.test(codes)) ? "time" : null;
}

/** Where a column's unit came from: the user, the header ("(秒)"), the cells' number format, or the fallback. */
export type UnitSource = "chosen" | "header" | "format" | "guess";

export interface ColumnUnit {
  unit: DurationUnit;
  source: UnitSource;
}

/** A column's unit: the user's choice, else the header's, else an h:mm:ss number format's, else the fallback. */
export function columnUnit(chosen: DurationUnit | null, header: DurationUnit | null, format: string | null | undefined, fallback: () => DurationUnit): ColumnUnit {
  if (chosen) return { unit: chosen, source: "chosen" };
  if (header) return { unit: header, source: "header" };
  const formatted = unitFromNumberFormat(format);
  return formatted ? { unit: formatted, source: "format" } : { unit: fallback(), source: "guess" };
}
