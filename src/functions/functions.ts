/**
 * The TELE custom functions (namespace TELE, set in the manifest). Each one only reads its
 * arguments, calls the engine and hands back the cell's value; adapt.ts says how Excel's values
 * come in and go out, the engine does the scoring. The metadata (functions.json) is generated from
 * the JSDoc below, and the webpack plugin appends the CustomFunctions.associate calls.
 *
 * Parameters are `unknown` / `unknown[][]` (metadata type "any" / "any[][]") on purpose: only
 * then can a blank cell be told from 0 and numeric text be read (see adapt.ts). A required input
 * that is blank gives a blank result (""); unreadable input is an error first.
 */
import { baselineScore as engineBaselineScore, effectiveBaseline, workloadScore as engineWorkloadScore } from "../engine/baseline";
import { allocate as engineAllocate, netProfit as engineNetProfit, reconcile as engineReconcile } from "../engine/money";
import { monthScore as engineMonthScore } from "../engine/month";
import { metricPoints } from "../engine/points";
import { quarterScore as engineQuarterScore } from "../engine/quarter";
import { csat as engineCsat, initiativeScore as engineInitiativeScore } from "../engine/ratings";
import { grade as engineGrade, totalScore as engineTotalScore, weightOf } from "../engine/total";
import { policyTable } from "../engine/policyTable";
import { dimensionScoreOf, metricScore as engineMetricScore, resolveDimension, resolveMetric } from "../engine/policyScore";
import { countWorkdays } from "../engine/workdays";
import { repMonthOfRow } from "../engine/review/rowIdentity";
import { LOCALES } from "../engine/locale";
import { nameIn } from "../engine/names";
import {
  choiceArg,
  elementWise,
  elementWiseWithPolicy,
  numberArg,
  numbersArg,
  periodArg,
  presentNumbersArg,
  quarterMonthsArg,
  rawArg,
  result,
  resultWithPolicy,
  ruleOf,
  spillResult,
  tableWithPolicy,
  textArg,
  textsArg,
} from "./adapt";

/**
 * Points of an actual against a baseline: 100 × MIN(actual / baseline, cap), or 0 when actual / baseline is below the floor. Given columns, scores every row in one call and spills.
 * @customfunction BASELINE_SCORE BASELINE_SCORE
 * @helpurl https://localhost:3000/help/functions.html#baseline_score
 * @param actual The rep's volume for the month (calls, talk minutes or customers), 0 or more, or a column of them. Blank gives a blank result.
 * @param baseline The expected volume, greater than 0 (see TELE.BASELINE), or a column of them. Blank gives a blank result.
 * @param cap Largest attainment that earns points. Default 1.2 (120 points).
 * @param floor Attainment below which the score is 0. Default 0.
 * @returns {any[][]} The points, from 0 to 100 × cap; a column for columns.
 */
// No return annotation: the metadata generator reads a union as a scalar; the JSDoc type makes it a spill.
export function baselineScore(actual: unknown[][], baseline: unknown[][], cap?: unknown[][], floor?: unknown[][]) {
  return elementWise([actual, baseline, cap, floor], BASELINE_SCORE_PARAMS, (v, trace) => {
    const a = numberArg(v[0], "actual");
    const b = numberArg(v[1], "baseline");
    const c = numberArg(v[2], "cap") ?? undefined;
    const f = numberArg(v[3], "floor") ?? undefined;
    return a === null || b === null ? null : engineBaselineScore(a, b, c, f, trace);
  });
}
const BASELINE_SCORE_PARAMS = ["actual", "baseline", "cap", "floor"];

/**
 * The policy's baseline for a workload metric and position: base volume × the month's seasonal factor.
 * @customfunction BASELINE BASELINE
 * @helpurl https://localhost:3000/help/functions.html#baseline
 * @param metric Workload metric key: "calls", "talk_minutes" or "customers". Blank gives a blank result.
 * @param position Position, e.g. "Junior", "Senior", "Team Lead" (case and spaces ignored). Blank gives a blank result.
 * @param period Month number 1-12 or a date in the month; applies that month's seasonal factor. Blank: no factor.
 * @returns The expected monthly volume.
 */
export function baseline(metric: unknown, position: unknown, period?: unknown): number | string | Promise<number | string> {
  return resultWithPolicy((policy, trace) => {
    const m = textArg(metric, "metric");
    const p = textArg(position, "position");
    const month = periodArg(period, "period");
    return m === null || p === null ? null : effectiveBaseline(policy, m, p, month, trace);
  });
}

/**
 * Monthly score with leave: points of actual against target × (workdays − leave_days) / workdays; blank when presence is below the policy's minimum. Given columns, scores every row in one call and spills.
 * @customfunction MONTH_SCORE MONTH_SCORE
 * @helpurl https://localhost:3000/help/functions.html#month_score
 * @param actual The rep's result for the month, or a column of them. Blank gives a blank result.
 * @param target The month's target, greater than 0, or a column of them. Blank gives a blank result.
 * @param workdays Workdays in the month, greater than 0. Blank: the target is not prorated.
 * @param leave_days Days of leave taken, from 0 to workdays. Blank: none.
 * @param cap Largest attainment that earns points. Default 1.2.
 * @returns {any[][]} The points, or blank when the month is not evaluated; a column for columns.
 */
// No return annotation: the metadata generator reads a union as a scalar; the JSDoc type makes it a spill.
export function monthScore(actual: unknown[][], target: unknown[][], workdays?: unknown[][], leave_days?: unknown[][], cap?: unknown[][]) {
  return elementWiseWithPolicy([actual, target, workdays, leave_days, cap], MONTH_SCORE_PARAMS, (policy, v, trace) => {
    const a = numberArg(v[0], "actual");
    const t = numberArg(v[1], "target");
    const w = numberArg(v[2], "workdays");
    const leave = numberArg(v[3], "leave_days");
    const c = numberArg(v[4], "cap") ?? undefined;
    if (a === null || t === null) return null;
    return engineMonthScore(a, t, { workdays: w, leaveDays: leave, cap: c, minPresence: policy.minPresence }, trace);
  });
}
const MONTH_SCORE_PARAMS = ["actual", "target", "workdays", "leave_days", "cap"];

/**
 * Quarter score from sums: points of SUM(actuals) / SUM(targets) over the months present, blended as (1 − w) × that + w × quality.
 * @customfunction QUARTER_SCORE QUARTER_SCORE
 * @helpurl https://localhost:3000/help/functions.html#quarter_score
 * @param actuals The quarter's monthly results, up to 3 cells. A month with a blank actual or target is left out.
 * @param targets The monthly targets, as many cells as actuals, each greater than 0.
 * @param quality Manager's quality score for the quarter, 0 to 100. Blank: no blend.
 * @param quality_weight Weight w of the quality score, 0 to 1. Default: the policy's (0.3).
 * @returns The points, or blank when no month has both values.
 */
export function quarterScore(
  actuals: unknown[][],
  targets: unknown[][],
  quality?: unknown,
  quality_weight?: unknown,
): number | string | Promise<number | string> {
  return resultWithPolicy((policy, trace) => {
    const a = quarterMonthsArg(actuals, "actuals");
    const t = quarterMonthsArg(targets, "targets");
    const q = numberArg(quality, "quality");
    const w = numberArg(quality_weight, "quality_weight") ?? policy.quarterQualityWeight;
    return engineQuarterScore(a, t, { quality: q, qualityWeight: w }, trace);
  });
}

/**
 * Workdays from start to end, both included: Monday to Friday, minus holidays, plus make-up workdays on weekends (like NETWORKDAYS).
 * @customfunction WORKDAYS WORKDAYS
 * @helpurl https://localhost:3000/help/functions.html#workdays
 * @param start First day (a date). Blank gives a blank result.
 * @param end Last day (a date). Before start gives a negative count. Blank gives a blank result.
 * @param holidays Dates off; only those on a weekday in range count. Blank cells are skipped.
 * @param makeup_days Weekend dates that are workdays (调休/补班); only weekend days in range count.
 * @returns The number of workdays.
 */
export function workdays(start: unknown, end: unknown, holidays?: unknown[][], makeup_days?: unknown[][]): number | string {
  return result(() => {
    const s = numberArg(start, "start");
    const e = numberArg(end, "end");
    const off = presentNumbersArg(holidays, "holidays");
    const on = presentNumbersArg(makeup_days, "makeup_days");
    return s === null || e === null ? null : countWorkdays(s, e, off, on);
  });
}

/**
 * Workload score: each volume scored against the position's baseline, then the policy-weighted mean of those present.
 * @customfunction WORKLOAD_SCORE WORKLOAD_SCORE
 * @helpurl https://localhost:3000/help/functions.html#workload_score
 * @param calls Calls dialed in the month. Blank: left out of the mean.
 * @param talk_minutes Talk time in minutes. Blank: left out of the mean.
 * @param customers Customers handled. Blank: left out of the mean.
 * @param position The rep's position, e.g. "Junior". Blank gives a blank result.
 * @param period Month number 1-12 or a date in the month, for the seasonal factor. Blank: no factor.
 * @returns The workload points, or blank when all three volumes are blank.
 */
export function workloadScore(
  calls: unknown,
  talk_minutes: unknown,
  customers: unknown,
  position: unknown,
  period?: unknown,
): number | string | Promise<number | string> {
  return resultWithPolicy((policy, trace) => {
    const actuals = {
      calls: numberArg(calls, "calls"),
      talk_minutes: numberArg(talk_minutes, "talk_minutes"),
      customers: numberArg(customers, "customers"),
    };
    const p = textArg(position, "position");
    const month = periodArg(period, "period");
    return p === null ? null : engineWorkloadScore(policy, actuals, p, month, trace);
  });
}

/**
 * Sales score: points of revenue / target with the policy's rule for the revenue metric.
 * @customfunction SALES_SCORE SALES_SCORE
 * @helpurl https://localhost:3000/help/functions.html#sales_score
 * @param revenue The rep's revenue for the period. Blank gives a blank result.
 * @param target The revenue target, greater than 0. Blank gives a blank result.
 * @param cap Largest attainment that earns points. Default: the policy's cap for revenue (1.2).
 * @returns The points.
 */
export function salesScore(revenue: unknown, target: unknown, cap?: unknown): number | string | Promise<number | string> {
  return resultWithPolicy((policy, trace) => {
    const r = numberArg(revenue, "revenue");
    const t = numberArg(target, "target");
    const c = numberArg(cap, "cap");
    return r === null || t === null ? null : metricPoints(r, t, ruleOf(policy, "revenue", c), trace);
  });
}

/**
 * Net profit, exact to the cent: revenue − cost − refunds − after_sales_cost − complaint_cost. Given columns, computes every row in one call and spills.
 * @customfunction NET_PROFIT NET_PROFIT
 * @helpurl https://localhost:3000/help/functions.html#net_profit
 * @param revenue Revenue, or a column of it. Blank gives a blank result.
 * @param cost Cost of sales, or a column of it. Blank gives a blank result.
 * @param refunds Refunds recorded in the period. Blank counts as 0.
 * @param after_sales_cost After-sales cost. Blank counts as 0.
 * @param complaint_cost Cost of complaints. Blank counts as 0.
 * @returns {any[][]} The net profit, with at most 2 decimals; a column for columns.
 */
// No return annotation: the metadata generator reads a union as a scalar; the JSDoc type makes it a spill.
export function netProfit(revenue: unknown[][], cost: unknown[][], refunds?: unknown[][], after_sales_cost?: unknown[][], complaint_cost?: unknown[][]) {
  return elementWise([revenue, cost, refunds, after_sales_cost, complaint_cost], NET_PROFIT_PARAMS, (v, trace) => {
    const r = numberArg(v[0], "revenue");
    const c = numberArg(v[1], "cost");
    const refund = numberArg(v[2], "refunds");
    const afterSales = numberArg(v[3], "after_sales_cost");
    const complaints = numberArg(v[4], "complaint_cost");
    return r === null || c === null ? null : engineNetProfit(r, c, refund, afterSales, complaints, trace);
  });
}
const NET_PROFIT_PARAMS = ["revenue", "cost", "refunds", "after_sales_cost", "complaint_cost"];

/**
 * Profit score: points of net_profit / target with the policy's rule for the net_profit metric (a loss scores 0).
 * @customfunction PROFIT_SCORE PROFIT_SCORE
 * @helpurl https://localhost:3000/help/functions.html#profit_score
 * @param net_profit The rep's net profit (see TELE.NET_PROFIT). Blank gives a blank result.
 * @param target The profit target, greater than 0. Blank gives a blank result.
 * @param cap Largest attainment that earns points. Default: the policy's cap for net_profit (1.2).
 * @returns The points.
 */
export function profitScore(net_profit: unknown, target: unknown, cap?: unknown): number | string | Promise<number | string> {
  return resultWithPolicy((policy, trace) => {
    const p = numberArg(net_profit, "net_profit");
    const t = numberArg(target, "target");
    const c = numberArg(cap, "cap");
    return p === null || t === null ? null : metricPoints(p, t, ruleOf(policy, "net_profit", c), trace);
  });
}

/**
 * Customer satisfaction % from survey ratings: "top2" = share of ratings >= scale_max − 1; "mean" = 100 × (mean − 1) / (scale_max − 1).
 * @customfunction CSAT CSAT
 * @helpurl https://localhost:3000/help/functions.html#csat
 * @param ratings Survey ratings, whole numbers from 1 to scale_max. Blank cells are skipped.
 * @param scale_max Top of the rating scale, a whole number of 2 or more. Default: the policy's rating scale (5).
 * @param method "top2" or "mean". Default: the policy's method (top2).
 * @returns CSAT from 0 to 100, or blank when there are no ratings.
 */
export function csat(ratings: unknown[][], scale_max?: unknown, method?: unknown): number | string | Promise<number | string> {
  return resultWithPolicy((policy, trace) => {
    const given = numbersArg(ratings, "ratings");
    const scale = numberArg(scale_max, "scale_max") ?? policy.ratingScale;
    const how = choiceArg(method, "method", ["top2", "mean"] as const) ?? policy.csatMethod;
    return engineCsat(given, scale, how, trace);
  });
}

/**
 * Key initiatives score: each manager rating as 100 × rating / scale_max, then the policy-weighted mean of those present.
 * @customfunction INITIATIVE_SCORE INITIATIVE_SCORE
 * @helpurl https://localhost:3000/help/functions.html#initiative_score
 * @param team_building Rating for team building, 1 to scale_max. Blank: left out of the mean.
 * @param customer_service Rating for customer service, 1 to scale_max. Blank: left out of the mean.
 * @param sales_skills Rating for sales skills, 1 to scale_max. Blank: left out of the mean.
 * @param scale_max Top of the rating scale. Default: the policy's (5).
 * @returns The initiatives points, or blank when all three ratings are blank.
 */
export function initiativeScore(
  team_building: unknown,
  customer_service: unknown,
  sales_skills: unknown,
  scale_max?: unknown,
): number | string | Promise<number | string> {
  return resultWithPolicy((policy, trace) => {
    const ratings = {
      team_building: numberArg(team_building, "team_building"),
      customer_service: numberArg(customer_service, "customer_service"),
      sales_skills: numberArg(sales_skills, "sales_skills"),
    };
    const scale = numberArg(scale_max, "scale_max") ?? undefined;
    return engineInitiativeScore(policy, ratings, scale, trace);
  });
}

/**
 * Total score: the dimension scores weighted by the policy (30/50/20 by default), a blank dimension re-weighted away. Given columns, totals every row in one call and spills.
 * @customfunction TOTAL_SCORE TOTAL_SCORE
 * @helpurl https://localhost:3000/help/functions.html#total_score
 * @param workload Workload score (TELE.WORKLOAD_SCORE), or a column of them. Blank: left out.
 * @param sales Sales score, e.g. a weighted mix of SALES_SCORE, PROFIT_SCORE and CSAT points, or a column of them. Blank: left out.
 * @param initiatives Key initiatives score (TELE.INITIATIVE_SCORE), or a column of them. Blank: left out.
 * @returns {any[][]} The total, or blank when all three are blank; a column for columns.
 */
// No return annotation: the metadata generator reads a union as a scalar; the JSDoc type makes it a spill.
export function totalScore(workload: unknown[][], sales: unknown[][], initiatives: unknown[][]) {
  return elementWiseWithPolicy([workload, sales, initiatives], TOTAL_SCORE_PARAMS, (policy, v, trace) =>
    engineTotalScore(
      policy,
      {
        workload: numberArg(v[0], "workload"),
        sales: numberArg(v[1], "sales"),
        initiatives: numberArg(v[2], "initiatives"),
      },
      trace,
    ),
  );
}
const TOTAL_SCORE_PARAMS = ["workload", "sales", "initiatives"];

/**
 * Grade of a score: the score rounded to 2 decimals (half away from zero), then the policy's bands, lower bounds included. Given a column, grades every row in one call and spills.
 * @customfunction GRADE GRADE
 * @helpurl https://localhost:3000/help/functions.html#grade
 * @param score A score, e.g. from TELE.TOTAL_SCORE, or a column of them. Blank gives a blank grade.
 * @returns {any[][]} The grade letter (A >= 90, B >= 80, C >= 70, D >= 60, else E by default); a column for a column.
 */
// No return annotation: the metadata generator reads a union as a scalar; the JSDoc type makes it a spill.
export function grade(score: unknown[][]) {
  return elementWiseWithPolicy([score], GRADE_PARAMS, (policy, v, trace) => engineGrade(policy, numberArg(v[0], "score", { hint: "score" }), trace));
}
const GRADE_PARAMS = ["score"];

/**
 * A weight of the policy as a fraction: a dimension ("sales" gives 0.5) or a metric within its dimension ("sales.revenue" gives 0.5).
 * @customfunction WEIGHT WEIGHT
 * @helpurl https://localhost:3000/help/functions.html#weight
 * @param key "dimension" or "dimension.metric", e.g. "sales" or "sales.revenue". Blank gives a blank result.
 * @returns The weight from 0 to 1; format the cell as a percentage.
 */
export function weight(key: unknown): number | string | Promise<number | string> {
  return resultWithPolicy((policy) => {
    const k = textArg(key, "key");
    return k === null ? null : weightOf(policy, k);
  });
}

/**
 * The active weight policy as a table, to audit it from a cell: a header row, then one row per metric with its dimension, both weights (%), direction, floor, cap and fixed target. Spills.
 * @customfunction POLICY POLICY
 * @helpurl https://localhost:3000/help/functions.html#policy
 * @returns {any[][]} The policy table; it follows every saved change of the policy.
 */
// No return annotation: the metadata generator reads a union as a scalar; the JSDoc type makes it a spill.
export function policy() {
  return tableWithPolicy(policyTable);
}

/**
 * The active policy's name or revision, so that a sheet can say which policy its cells compute with now.
 * @customfunction POLICY_INFO POLICY_INFO
 * @helpurl https://localhost:3000/help/functions.html#policy_info
 * @param item "name" or "revision". Blank gives a blank result.
 * @param [language] For the name: "en" or "zh", the policy's name in that language (its own name where it has none). Blank: its own name.
 * @returns The policy's name (text) or its revision (a whole number); it follows every saved change of the policy.
 */
export function policyInfo(item: unknown, language?: unknown): number | string | Promise<number | string> {
  return resultWithPolicy((policy) => {
    const which = choiceArg(item, "item", ["name", "revision"] as const);
    const lang = choiceArg(language ?? null, "language", LOCALES);
    if (which === null) return null;
    return which === "revision" ? policy.revision : lang === null ? policy.name : nameIn(policy.label, policy.name, lang);
  });
}

/**
 * The month, when a row of data still holds the rep for it: a live review's check that the data it reads by address was not sorted since.
 * @customfunction SOURCE_ROW SOURCE_ROW
 * @helpurl https://localhost:3000/help/functions.html#source_row
 * @param period The month, "2026-07" or a date in it. Blank gives a blank result.
 * @param source_period The data row's period cell, read as the review reads it ("2026-07", "2026年7月", a date...).
 * @param rep_id The rep's ID (case, spaces and full-width forms ignored). Blank: the rep is known by name.
 * @param rep_name The rep's name, used when the ID is blank.
 * @param source_id The data row's ID cell. Omitted when the data has no ID column.
 * @param source_name The data row's name cell. Omitted when the data has no name column.
 * @returns The month ("2026-07"); #N/A when the data row holds another rep or another month.
 */
export function sourceRow(period: unknown, source_period: unknown, rep_id: unknown, rep_name: unknown, source_id?: unknown, source_name?: unknown): number | string {
  const args = [period, source_period, rep_id, rep_name, source_id, source_name];
  return result(() => {
    const [month, sourcePeriod, repId, repName, sourceId, sourceName] = args.map((a, i) => rawArg(a, SOURCE_ROW_PARAMS[i]));
    return repMonthOfRow(month, { period: sourcePeriod, repId: sourceId, repName: sourceName }, { repId, repName });
  });
}
const SOURCE_ROW_PARAMS = ["period", "source_period", "rep_id", "rep_name", "source_id", "source_name"];

/**
 * Difference between a list of amounts and the ledger, exact to the cent: SUM(amounts) − ledger_total.
 * @customfunction RECONCILE RECONCILE
 * @helpurl https://localhost:3000/help/functions.html#reconcile
 * @param amounts The amounts to check, e.g. a column of sales lines. Blank cells are skipped; all blank gives a blank result.
 * @param ledger_total The ledger's total. Blank gives a blank result.
 * @returns The difference: 0 when balanced, positive when the amounts exceed the ledger.
 */
export function reconcile(amounts: unknown[][], ledger_total: unknown): number | string {
  return result(() => {
    const given = numbersArg(amounts, "amounts");
    const ledger = numberArg(ledger_total, "ledger_total");
    return ledger === null || given.every((a) => a === null) ? null : engineReconcile(given, ledger).difference;
  });
}

/**
 * Splits a total over rows in proportion to amounts, exact to the cent; leftover cents go to the largest remainders (ties: the earlier row). Spills.
 * @customfunction ALLOCATE ALLOCATE
 * @helpurl https://localhost:3000/help/functions.html#allocate
 * @param amounts The amounts that set the proportions. Blank cells stay blank and get no share.
 * @param total The amount to split. Blank gives blank shares.
 * @returns The shares, the same shape as amounts, adding up to total exactly.
 */
export function allocate(amounts: unknown[][], total: unknown): unknown[][] {
  return spillResult(amounts, "amounts", (cells) => {
    const given = numbersArg(cells, "amounts");
    const t = numberArg(total, "total");
    return t === null ? given.map(() => null) : engineAllocate(given, t);
  });
}

/**
 * Points of any metric of the policy, scored as the policy says: against the rep's target, the position's baseline, the policy's fixed target, or as a rating; with the metric's direction, floor and cap.
 * @customfunction METRIC_SCORE METRIC_SCORE
 * @helpurl https://localhost:3000/help/functions.html#metric_score
 * @param metric "dimension.metric" or a metric key of the policy, e.g. "sales.revenue" or "calls". Blank gives a blank result.
 * @param actual The rep's result for the period (a rating for a rating metric). Blank gives a blank result.
 * @param target The rep's target, greater than 0. Blank: the policy's fixed target, or the position's baseline; a target-scored metric gives a blank result.
 * @param position The rep's position, for a metric scored against a baseline. Blank: no baseline.
 * @param period Month number 1-12 or a date in the month, for the baseline's seasonal factor. Blank: no factor.
 * @returns The points, from 0 to 100 × the metric's cap.
 */
export function metricScore(metric: unknown, actual: unknown, target?: unknown, position?: unknown, period?: unknown): number | string | Promise<number | string> {
  return resultWithPolicy((policy, trace) => {
    const key = textArg(metric, "metric");
    const a = numberArg(actual, "actual");
    const t = numberArg(target, "target");
    const p = textArg(position, "position");
    const month = periodArg(period, "period");
    if (key === null) return null;
    const found = resolveMetric(policy, key).metric;
    return a === null ? null : engineMetricScore(policy, found, a, { target: t, position: p, month }, trace);
  });
}

/**
 * A dimension's score from its metrics' points, weighted by the policy; a blank points cell is re-weighted away.
 * @customfunction DIMENSION_SCORE DIMENSION_SCORE
 * @helpurl https://localhost:3000/help/functions.html#dimension_score
 * @param dimension A dimension key of the policy, e.g. "sales". Blank gives a blank result.
 * @param points The metrics' points, one cell per metric in the policy's order (see TELE.POLICY), or in the order of metrics.
 * @param metrics The metric keys of the points cells, e.g. {"revenue","net_profit","satisfaction"}. Blank: the policy's order.
 * @returns The dimension's points, or blank when every points cell is blank.
 */
export function dimensionScore(dimension: unknown, points: unknown[][], metrics?: unknown[][]): number | string | Promise<number | string> {
  return resultWithPolicy((policy, trace) => {
    const key = textArg(dimension, "dimension");
    const given = numbersArg(points, "points");
    const keys = textsArg(metrics, "metrics");
    return key === null ? null : dimensionScoreOf(resolveDimension(policy, key), given, keys?.map((k) => k ?? "") ?? null, trace);
  });
}
