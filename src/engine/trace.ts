/**
 * The engine's explain mode: the scoring functions take an optional `Trace` and report each step
 * of the method with its numbers as they compute it, so an explanation is the computation itself,
 * never a second implementation that could disagree (docs/explain.md). Without a trace nothing is
 * recorded and nothing is built: `trace?.step(...)` is all a computation pays.
 *
 * Steps are data, not sentences: the task pane words them in the user's language.
 */
import type { CellValue } from "./input";
import type { CsatMethod, Direction } from "./policy";
import type { ErrorKind } from "./errors";
import type { Locale } from "./locale";

/** How an input cell was read (docs/method.md, "Input values"). */
export type InputReading = "blank" | "number" | "numericText" | "percentText" | "text" | "range";

export type TraceStep =
  /** An argument as given and as read; a range argument gives how many cells and how many blank. */
  | { kind: "input"; param: string; raw: CellValue; value: number | string | null; reading: InputReading; cells?: number; blanks?: number }
  /** base[position][metric] × seasonal[month]; `seasonal` null without a month. */
  | { kind: "baseline"; metric: string; position: string; base: number; month: number | null; seasonal: number | null; value: number }
  /** presence = (workdays − leave) / workdays; below minPresence the month is not evaluated. */
  | { kind: "presence"; workdays: number; leaveDays: number; value: number; minPresence: number; evaluated: boolean }
  /** effective target = target × presence. */
  | { kind: "proration"; target: number; presence: number; value: number }
  /** a = actual / target (higher) or 2 − actual / target (lower), then max(a, 0). */
  | { kind: "attainment"; actual: number; target: number; direction: Direction; value: number }
  /** p = 0 below the floor, else 100 × min(a, cap). */
  | { kind: "points"; attainment: number; cap: number; floor: number; value: number }
  /** A quarter's sums over the months where both values are present. */
  | { kind: "quarterSums"; months: number; skipped: number; sumActual: number; sumTarget: number }
  /** (1 − w) × base + w × quality. */
  | { kind: "qualityBlend"; base: number; quality: number; weight: number; value: number }
  /** 100 × rating / scaleMax. */
  | { kind: "rating"; rating: number; scaleMax: number; value: number }
  /** CSAT from `count` ratings: top2 counts ratings >= scaleMax − 1, mean uses their mean. */
  | { kind: "csat"; method: CsatMethod; scaleMax: number; count: number; top: number; mean: number; value: number }
  /** revenue − cost − refunds − after-sales − complaints, to the cent. */
  | { kind: "netProfit"; revenue: number; deductions: number; value: number }
  /**
   * Σ wᵢpᵢ / Σ wᵢ over the items with points (`scope`: a dimension key, or "total"); items
   * without points are re-weighted away. `value` null when none has points.
   */
  | { kind: "weights"; scope: string; items: { key: string; weight: number; points: number | null }[]; value: number | null }
  /** The score rounded half away from zero, as GRADE compares it. */
  | { kind: "rounding"; value: number; decimals: number; rounded: number }
  /** The band reached by the rounded score; `min` null for the lowest grade. */
  | { kind: "band"; score: number; grade: string; min: number | null }
  /** A month not evaluated, or a required input blank: the result is blank. */
  | { kind: "blank"; reason: "requiredBlank" | "lowPresence" | "noMonths" | "noRatings" | "allBlank" }
  /** The error the cell shows, with its message (which says what to fix). */
  | { kind: "error"; errorKind: ErrorKind; texts: Record<Locale, string> };

export interface Trace {
  step(step: TraceStep): void;
}

/** A trace that keeps every step in order. */
export class TraceRecorder implements Trace {
  readonly steps: TraceStep[] = [];
  step(step: TraceStep): void {
    this.steps.push(step);
  }
}
