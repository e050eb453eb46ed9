/**
 * The weight policy: its shape as a zod schema, the domain types every part of TeleScore reads
 * (derived from that schema), and the seed method's default policy (docs/method.md, "The default
 * policy"). Validation of untrusted JSON (the shape plus the rules across fields) lives in
 * policySchema.ts; everything that holds a `Policy` may trust it.
 */
import { z } from "zod";
import type { Locale, PolicyLabel } from "./locale";
import type { PolicyCode } from "./policyMessages";
import { nameIn, policyNameKey } from "./names";

/** Keys that reach an object's prototype machinery; refused anywhere in a policy. */
export const FORBIDDEN_KEYS = new Set(["__proto__", "constructor", "prototype"]);

// The shape's messages are codes of policyMessages.ts, written out in a language when shown.
const code = (c: PolicyCode) => c;
const text = z.string().refine((s) => s.trim() !== "", code("empty"));
const nonNegative = z.number().min(0, code("min0"));
const positive = z.number().gt(0, code("gt0"));
const fraction = z.number().min(0, code("min0")).max(1, code("max1share"));
const key = z
  .string()
  .regex(/^[a-z][a-z0-9_]*$/, code("keyFormat"))
  .refine((k) => !FORBIDDEN_KEYS.has(k), code("keyReserved"));
/**
 * Display names; the key is shown when absent. The Traditional Chinese name is optional: a policy
 * saved before it existed still reads, and shows its Simplified name there, except for a label
 * the default policy gives (same English and Simplified text), which gets the default's
 * Traditional name (docs/policy.md, "Languages"). A sheet or the pane shows the
 * name in its language (nameIn), the item's own key or name where it is absent or blank.
 */
const label = z
  .strictObject({ en: z.string(), zh: z.string(), "zh-Hant": z.string().optional() })
  .transform((l): PolicyLabel => (l["zh-Hant"] !== undefined ? l : withDefaultTraditional(l)))
  .optional();

export const DIRECTIONS = ["higher", "lower"] as const;

/**
 * How a metric gets its points (docs/method.md, "Points"):
 * - "baseline": actual vs the position's baseline (workload metrics),
 * - "target": actual vs a per-rep target given with the data (revenue, net profit),
 * - "fixed": actual vs the policy's own `target` (CSAT 90),
 * - "rating": a manager rating on the policy's rating scale.
 */
export const SCORINGS = ["baseline", "target", "fixed", "rating"] as const;

/** What a metric's values are; decides whether negatives are invalid (docs/method.md, "Points"). */
export const UNITS = ["count", "minutes", "money", "percent", "rating"] as const;

export const CSAT_METHODS = ["top2", "mean"] as const;

const metricShape = z.strictObject({
  key,
  /** Weight within its dimension; a dimension's metric weights add up to 100. */
  weight: nonNegative,
  direction: z.enum(DIRECTIONS),
  floor: nonNegative,
  cap: positive,
  scoring: z.enum(SCORINGS),
  unit: z.enum(UNITS),
  /** The fixed target, for scoring "fixed" (e.g. satisfaction: 90). */
  target: positive.optional(),
  label,
});

const dimensionShape = z.strictObject({
  key,
  /** Weight in the total; a policy's dimension weights add up to 100. */
  weight: nonNegative,
  metrics: z.array(metricShape).min(1, code("oneMetric")),
  label,
});

/** Expected monthly volume per workload metric for a position, with 12 monthly factors. */
const baselineShape = z.strictObject({
  /** The position's name; data match it, or any of its labels, as names.ts sameName does. */
  position: text,
  label,
  /** metric key -> monthly volume (e.g. calls: 1800). */
  values: z.record(key, positive),
  /** Twelve factors, January first; effective baseline = value x seasonal[month - 1]. */
  seasonal: z.array(positive).length(12, code("seasonal12")),
});

/** Inclusive lower bound: a rounded score >= min gets this grade. */
const bandShape = z.strictObject({ grade: text, min: z.number() });

/**
 * The shape of a policy, field by field; the rules across fields (weights adding up, unique keys,
 * bands) are policySchema.ts's. The types below are derived from it, so they cannot drift apart.
 */
export const policyShape = z.strictObject({
  schemaVersion: z.number().int(code("whole")).min(1, code("min1")),
  name: text,
  /** The name in each language, for the sheets and the pane. */
  label,
  /** Revision number, increased on every save. */
  revision: z.number().int(code("whole")).min(0, code("min0")),
  dimensions: z.array(dimensionShape).min(1, code("oneDimension")),
  baselines: z.array(baselineShape),
  /** Strictly decreasing lower bounds; a score under the last one gets `lowestGrade`. */
  bands: z.array(bandShape),
  lowestGrade: text,
  /** Below this share of workdays present, a month is not evaluated. */
  minPresence: fraction,
  /** Weight of the quality score in QUARTER_SCORE (0..1). */
  quarterQualityWeight: fraction,
  /** Ratings run 1..ratingScale. */
  ratingScale: z.number().int(code("whole")).min(2, code("min2")).max(10, code("max10")),
  csatMethod: z.enum(CSAT_METHODS),
  /** Optional calibration: grade -> largest expected share (0..1), e.g. { A: 0.2 }. */
  targetDistribution: z.record(text, fraction).optional(),
});

export type Policy = z.infer<typeof policyShape>;
export type Dimension = z.infer<typeof dimensionShape>;
export type Metric = z.infer<typeof metricShape>;
export type Baseline = z.infer<typeof baselineShape>;
export type GradeBand = z.infer<typeof bandShape>;
export type Direction = Metric["direction"];
export type Scoring = Metric["scoring"];
export type Unit = Metric["unit"];
export type CsatMethod = Policy["csatMethod"];

export const CURRENT_SCHEMA_VERSION = 1;

const metric = (
  key: string,
  weight: number,
  scoring: Scoring,
  unit: Unit,
  label: PolicyLabel,
  extra: Partial<Metric> = {},
): Metric => ({ key, weight, direction: "higher", floor: 0, cap: 1.2, scoring, unit, label, ...extra });

const flatSeason = (): number[] => Array.from({ length: 12 }, () => 1);

/** The seed method's policy (docs/method.md, "The default policy"). A fresh copy on every call: callers may edit it. */
export function defaultPolicy(): Policy {
  return {
    schemaVersion: CURRENT_SCHEMA_VERSION,
    name: "TeleScore default",
    label: { en: "TeleScore default", zh: "TeleScore 默认方案", "zh-Hant": "TeleScore 預設方案" },
    revision: 1,
    dimensions: [
      {
        key: "workload",
        weight: 30,
        label: { en: "Workload", zh: "工作量", "zh-Hant": "工作量" },
        metrics: [
          metric("calls", 40, "baseline", "count", { en: "Calls dialed", zh: "呼出量", "zh-Hant": "外撥通數" }),
          metric("talk_minutes", 30, "baseline", "minutes", { en: "Talk minutes", zh: "通话时长", "zh-Hant": "通話時間" }),
          metric("customers", 30, "baseline", "count", { en: "Customers handled", zh: "客户数", "zh-Hant": "服務客戶數" }),
        ],
      },
      {
        key: "sales",
        weight: 50,
        label: { en: "Sales results", zh: "销售业绩", "zh-Hant": "銷售業績" },
        metrics: [
          metric("revenue", 50, "target", "money", { en: "Revenue", zh: "销售额", "zh-Hant": "銷售額" }),
          metric("net_profit", 30, "target", "money", { en: "Net profit", zh: "净利润", "zh-Hant": "淨利" }),
          metric("satisfaction", 20, "fixed", "percent", { en: "Customer satisfaction (CSAT %)", zh: "客户满意度", "zh-Hant": "客戶滿意度" }, { target: 90 }),
        ],
      },
      {
        key: "initiatives",
        weight: 20,
        label: { en: "Key initiatives", zh: "重点工作", "zh-Hant": "重點工作" },
        metrics: [
          metric("team_building", 30, "rating", "rating", { en: "Team building", zh: "团队建设", "zh-Hant": "團隊建設" }),
          metric("customer_service", 40, "rating", "rating", { en: "Customer service", zh: "客户服务", "zh-Hant": "客戶服務" }),
          metric("sales_skills", 30, "rating", "rating", { en: "Sales skills", zh: "销售技巧", "zh-Hant": "銷售技巧" }),
        ],
      },
    ],
    baselines: [
      { position: "Junior", label: { en: "Junior", zh: "初级坐席", "zh-Hant": "初級電銷人員" }, values: { calls: 1800, talk_minutes: 1500, customers: 120 }, seasonal: flatSeason() },
      { position: "Senior", label: { en: "Senior", zh: "高级坐席", "zh-Hant": "資深電銷人員" }, values: { calls: 2000, talk_minutes: 1800, customers: 160 }, seasonal: flatSeason() },
      { position: "Team Lead", label: { en: "Team Lead", zh: "组长", "zh-Hant": "組長" }, values: { calls: 1000, talk_minutes: 900, customers: 80 }, seasonal: flatSeason() },
    ],
    bands: [
      { grade: "A", min: 90 },
      { grade: "B", min: 80 },
      { grade: "C", min: 70 },
      { grade: "D", min: 60 },
    ],
    lowestGrade: "E",
    minPresence: 0.5,
    quarterQualityWeight: 0.3,
    ratingScale: 5,
    csatMethod: "top2",
  };
}

let defaultTraditional: Map<string, string> | undefined;

/** A label with the Traditional name the default policy gives it, when it is one of the default's labels. */
function withDefaultTraditional(label: PolicyLabel): PolicyLabel {
  const p = defaultPolicy();
  defaultTraditional ??= new Map(
    [p.label, ...p.baselines.map((b) => b.label), ...p.dimensions.flatMap((d) => [d.label, ...d.metrics.map((m) => m.label)])]
      .flatMap((l) => (l?.["zh-Hant"] ? [[`${l.en}\n${l.zh}`, l["zh-Hant"]] as const] : [])),
  );
  const hant = defaultTraditional.get(`${label.en}\n${label.zh}`);
  return hant === undefined ? label : { ...label, "zh-Hant": hant };
}

/** Every name a position answers to in data: its own and its labels in each language (docs/policy.md, "Names in two languages"). */
export function positionNames(b: Baseline): string[] {
  const names = [b.position, ...Object.values(b.label ?? {})].filter((n) => n.trim() !== "");
  return names.filter((n, i) => names.findIndex((m) => policyNameKey(m) === policyNameKey(n)) === i);
}

/** The position a name from data means, by its name or a label (names.ts sameName), or undefined. */
export const findPosition = (baselines: readonly Baseline[], name: string): Baseline | undefined => findByName(baselines, listItself, positionNames, name);
const listItself = (baselines: readonly Baseline[]) => baselines;

/** A position's name in a language (nameIn). */
export const positionIn = (b: Baseline, lang: Locale): string => nameIn(b.label, b.position, lang);

/**
 * A position from data as a sheet or the pane writes it: the policy's name for it in that
 * language, however the data spelled it ("junior", "初级坐席"), so a review's per-position counts
 * find every rep; a position the policy does not know, as written.
 */
export function positionText(baselines: readonly Baseline[], position: string, lang: Locale): string {
  const found = findPosition(baselines, position);
  return found ? positionIn(found, lang) : position;
}

/** Finds a metric by key across dimensions, with the dimension it belongs to. */
export function findMetric(policy: Policy, key: string): { dimension: Dimension; metric: Metric } | undefined {
  for (const dimension of policy.dimensions) {
    const m = dimension.metrics.find((x) => x.key === key);
    if (m) return { dimension, metric: m };
  }
  return undefined;
}

const scoredBy = new WeakMap<readonly Metric[], Map<Scoring, Metric[]>>();

/** The dimension's metrics scored the given way, in policy order; one list per policy (never edited in place, as findByName says). */
export function metricsScoredBy(dimension: Dimension, scoring: Scoring): readonly Metric[] {
  let lists = scoredBy.get(dimension.metrics);
  if (lists === undefined) scoredBy.set(dimension.metrics, (lists = new Map()));
  let list = lists.get(scoring);
  if (list === undefined) lists.set(scoring, (list = dimension.metrics.filter((m) => m.scoring === scoring)));
  return list;
}

/** Per owner (a list, a record): the first item of each normal name, then the spellings already looked up (not normal names themselves, so they never clash). */
const nameIndexes = new WeakMap<object, Map<string, unknown>>();

/** Spellings remembered per owner beyond its own names, so that hostile input cannot grow an index without bound. */
const REMEMBERED_SPELLINGS = 1000;

/**
 * The first of `itemsOf(owner)` whose name matches `name` as names.ts sameName does, found in constant
 * time: a scoring run looks up the same few positions and keys millions of times. The index is
 * built once per owner, which is sound because a policy is replaced, never edited in place
 * (src/taskpane/policy/editor/policyEdits.ts). `itemsOf` and `nameOf` are plain functions rather
 * than closures so that a lookup allocates nothing.
 */
export function findByName<O extends object, T>(owner: O, itemsOf: (owner: O) => readonly T[], nameOf: (item: T) => string | readonly string[], name: string): T | undefined {
  let index = nameIndexes.get(owner) as Map<string, T> | undefined;
  if (index === undefined) {
    index = new Map();
    for (const item of itemsOf(owner)) {
      const names = nameOf(item);
      for (const one of typeof names === "string" ? [names] : names) {
        const normal = policyNameKey(one);
        if (!index.has(normal)) index.set(normal, item);
      }
    }
    nameIndexes.set(owner, index);
  }
  const direct = index.get(name);
  if (direct !== undefined) return direct;
  const found = index.get(policyNameKey(name));
  if (found !== undefined && index.size < REMEMBERED_SPELLINGS) index.set(name, found);
  return found;
}
