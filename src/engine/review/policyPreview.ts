/**
 * What a policy change would do, before it is saved (docs/explain.md, "Before a policy changes
 * anyone's grade"): baselines suggested from the team's own recent months, and a what-if of the
 * grades on a review's data under an edited policy. Both are computed by the engine from records
 * already read; nothing here reads or writes a workbook.
 */
import type { Baseline, Policy } from "../policy";
import { sameName } from "../names";
import { presence } from "../month";
import { METRIC_SOURCES } from "./fields";
import { monthKey, type Month, type Period } from "./period";
import type { RepPeriodRecord, RowProblem } from "./records";
import { buildReview } from "./reviewRows";

/** Excel's MEDIAN: the middle value, or the mean of the two middle ones. */
export function median(xs: number[]): number | null {
  if (xs.length === 0) return null;
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 === 1 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

export interface BaselineSuggestion {
  position: string;
  /** Per baseline-scored metric: the suggested monthly volume (null: no data), beside the current one. */
  values: Record<string, { suggested: number | null; current: number | null }>;
  /** Twelve factors, January first: each month's median over the base; 1 for a month without data. */
  seasonal: number[];
  /** How many reps and months the suggestion rests on (those with a value that counted). */
  reps: number;
  months: number;
}

/**
 * Suggested baselines per position from the records of the last `lastMonths` months present:
 * for each metric, the median over the position's reps of each month (a month with leave counted
 * at its full-month pace, actual / presence; a month below the policy's min_presence left out), the
 * base is the median of those monthly medians, and each month's seasonal factor is its median over
 * the base. A position of the policy without records keeps its current baseline (suggested null).
 */
export function suggestBaselines(records: RepPeriodRecord[], policy: Policy, lastMonths: number): BaselineSuggestion[] {
  const metrics = policy.dimensions.flatMap((d) => d.metrics).filter((m) => m.scoring === "baseline");
  const months = [...new Set(records.map((r) => monthKey(r.period)))].sort().slice(-Math.max(1, lastMonths));
  const recent = records.filter((r) => months.includes(monthKey(r.period)));
  return policy.baselines.map((b: Baseline) => {
    const own = recent.filter((r) => r.position !== null && sameName(r.position, b.position));
    const byMonth = new Map<string, { month: Month; rows: RepPeriodRecord[] }>();
    for (const r of own) {
      const key = monthKey(r.period);
      byMonth.set(key, { month: r.period, rows: [...(byMonth.get(key)?.rows ?? []), r] });
    }
    const values: BaselineSuggestion["values"] = {};
    const counted = new Set<string>();
    const countedMonths = new Set<string>();
    const factorsOf: number[][] = Array.from({ length: 12 }, () => []);
    for (const m of metrics) {
      const medians: { month: number; value: number }[] = [];
      for (const { month, rows } of byMonth.values()) {
        const paced = rows.flatMap((r) => {
          const field = METRIC_SOURCES[m.key]?.actual;
          const actual = field && field !== "netProfit" ? (r.values[field] ?? null) : null;
          if (actual === null) return [];
          const workdays = r.values.workdays ?? null;
          const share = workdays === null ? 1 : presence(workdays, r.values.leaveDays ?? 0);
          if (share < policy.minPresence || share === 0) return [];
          counted.add(r.repKey);
          countedMonths.add(monthKey(r.period));
          return [actual / share];
        });
        const mid = median(paced);
        if (mid !== null) medians.push({ month: month.month, value: mid });
      }
      const base = median(medians.map((x) => x.value));
      values[m.key] = { suggested: base, current: b.values[m.key] ?? null };
      if (base !== null && base > 0) for (const x of medians) factorsOf[x.month - 1].push(x.value / base);
    }
    // One factor per month for all metrics, as the policy keeps them: the median of the metrics' own factors.
    const seasonal = factorsOf.map((fs) => median(fs) ?? 1);
    return { position: b.position, values, seasonal, reps: counted.size, months: countedMonths.size };
  });
}

export interface WhatIf {
  /** Grade -> how many reps, under the saved and the edited policy (grades of either policy). */
  distribution: { grade: string; before: number; after: number }[];
  /** Reps whose grade would change, with both totals. */
  changed: { repKey: string; repName: string | null; repId: string | null; before: string | null; after: string | null; totalBefore: number | null; totalAfter: number | null }[];
  reps: number;
}

/** The review of `period` under both policies, compared rep by rep. */
export function whatIf(records: RepPeriodRecord[], problems: RowProblem[], period: Period, saved: Policy, edited: Policy): WhatIf {
  const before = buildReview(records, saved, period, problems).rows;
  const after = new Map(buildReview(records, edited, period, problems).rows.map((r) => [r.repKey, r]));
  const grades = [...new Set([...saved.bands.map((b) => b.grade), saved.lowestGrade, ...edited.bands.map((b) => b.grade), edited.lowestGrade])];
  const count = (rows: Iterable<{ grade: string | null }>, grade: string) => [...rows].filter((r) => r.grade === grade).length;
  return {
    distribution: grades.map((grade) => ({ grade, before: count(before, grade), after: count(after.values(), grade) })),
    changed: before.flatMap((b) => {
      const a = after.get(b.repKey);
      if (!a || a.grade === b.grade) return [];
      return [{ repKey: b.repKey, repName: b.repName, repId: b.repId, before: b.grade, after: a.grade, totalBefore: b.total, totalAfter: a.total }];
    }),
    reps: before.length,
  };
}
