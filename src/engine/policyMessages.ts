/**
 * What is wrong with a policy, as codes with their facts, written out in English and Chinese
 * (docs/policy.md, "Problems"). The schema (policySchema.ts) gives each problem a code and the
 * path of the value; the English text with the raw path ("dimensions[0].metrics[0].cap: must be
 * greater than 0") is for files and logs, and the pane shows policyProblemText: the place named
 * in words, the dimension or metric by its label in the pane's language ("Calls, cap: must be
 * greater than 0" / "呼出量 · 上限：必须大于 0").
 */
import { labelIn, type Locale, type PolicyLabel } from "./locale";

export type PolicyPath = (string | number)[];

type Facts = Record<string, unknown>;
type NoFacts = Record<string, never>;

/** One problem: where, which, and the facts its message is written from. */
export interface PolicyProblem {
  path: PolicyPath;
  code: PolicyCode;
  facts: Facts;
}

const list = (items: readonly unknown[], sep: string) => items.map(String).join(sep);
const json = (items: readonly unknown[]) => items.map((v) => JSON.stringify(v)).join(", ");

const en = {
  empty: (_: NoFacts) => "must not be empty",
  min0: (_: NoFacts) => "must be 0 or more",
  gt0: (_: NoFacts) => "must be greater than 0",
  max1share: (_: NoFacts) => "must be 1 or less (a share: 0.5 is 50%)",
  min1: (_: NoFacts) => "must be 1 or more",
  min2: (_: NoFacts) => "must be 2 or more",
  max10: (_: NoFacts) => "must be 10 or less",
  whole: (_: NoFacts) => "must be a whole number",
  keyFormat: (_: NoFacts) => "must start with a lowercase letter and hold only a-z, 0-9 and _ (e.g. net_profit)",
  keyReserved: (_: NoFacts) => "is a reserved word; choose another key",
  oneMetric: (_: NoFacts) => "must hold at least one metric",
  oneDimension: (_: NoFacts) => "must hold at least one dimension",
  seasonal12: (_: NoFacts) => "must hold exactly 12 factors, January first (1 = no seasonal change)",
  missing: (_: NoFacts) => "is missing",
  type: (f: { expected: string; got: string }) => `must be ${EXPECTED_EN[f.expected] ?? f.expected} (got ${f.got})`,
  oneOf: (f: { values: readonly unknown[]; got: string }) => `must be one of ${json(f.values)} (got ${f.got})`,
  unknownSetting: (_: NoFacts) => "is not a policy setting (check its spelling, or remove it)",
  badKey: (f: { inner: readonly string[] }): string => `the key ${f.inner.map((c) => innerText("en", c)).join("; ")}`,
  forbidden: (f: { key: string }) => `the key "${f.key}" is not allowed in a policy`,
  newer: (f: { version: number; current: number }) =>
    `This policy was saved by a newer TeleScore (policy schema version ${f.version}; this TeleScore reads up to version ${f.current}). Update TeleScore to open it.`,
  weightSum: (f: { dimension: string | null; sum: string; gap: string; over: boolean; items: readonly { name: string; weight: number }[] }) =>
    `${f.dimension === null ? "Dimension weights" : `Metric weights in "${f.dimension}"`} add up to ${f.sum}, ${f.gap} ${f.over ? "over" : "short of"} 100 (${f.items.map((x) => `${x.name} ${x.weight}`).join(", ")}).`,
  duplicateDimension: (f: { key: string; first: number }) => `"${f.key}" is already the key of dimensions[${f.first}]; dimension keys must be unique`,
  duplicateMetric: (f: { key: string; first: string }) => `"${f.key}" is already the key of ${f.first}; metric keys must be unique across the policy`,
  capBelowFloor: (f: { floor: number }) => `must be at least the floor (${f.floor})`,
  fixedNeedsTarget: (_: NoFacts) => `is missing; a metric scored "fixed" needs a target greater than 0 (e.g. 90 for CSAT 90%)`,
  noPositions: (f: { needed: readonly string[] }) => `must list at least one position: ${list(f.needed, ", ")} are scored against baselines`,
  duplicatePosition: (f: { position: string; first: number; firstPosition: string }) =>
    `"${f.position}" is the same position as baselines[${f.first}] ("${f.firstPosition}"): positions are matched ignoring case and surrounding spaces`,
  noSuchMetric: (f: { key: string }) => `there is no metric "${f.key}" in the policy`,
  notBaselineScored: (f: { key: string; scoring: string }) => `"${f.key}" is not scored against baselines (its scoring is "${f.scoring}")`,
  missingBaselines: (f: { position: string; missing: readonly string[] }) => `${f.position} has no baseline for ${f.missing.map((k) => `"${k}"`).join(", ")}`,
  bandOrder: (f: { min: number; grade: string }) => `must be below ${f.min}, the lower bound of grade "${f.grade}": bands run from the highest grade down`,
  gradeTwice: (f: { grade: string }) => `grade "${f.grade}" is used twice`,
  lowestIsBand: (f: { grade: string }) => `"${f.grade}" is already a band's grade`,
  notAGrade: (f: { grade: string; grades: readonly string[] }) => `"${f.grade}" is not one of the policy's grades (${list(f.grades, ", ")})`,
};

const EXPECTED_EN: Record<string, string> = { number: "a number", string: "text", array: "a list", object: "an object", record: "an object" };
const EXPECTED_ZH: Record<string, string> = { number: "数字", string: "文本", array: "列表", object: "对象", record: "对象" };
const EXPECTED_ZH_HANT: Record<string, string> = { number: "數字", string: "文字", array: "清單", object: "物件", record: "物件" };

export type PolicyCode = keyof typeof en;
type Table = { [C in PolicyCode]: (facts: Parameters<(typeof en)[C]>[0]) => string };

const zh: Table = {
  empty: () => "不能为空",
  min0: () => "不能小于 0",
  gt0: () => "必须大于 0",
  max1share: () => "不能大于 1（这是比例：0.5 即 50%）",
  min1: () => "不能小于 1",
  min2: () => "不能小于 2",
  max10: () => "不能大于 10",
  whole: () => "必须是整数",
  keyFormat: () => "必须以小写字母开头，且只含 a-z、0-9 和 _（如 net_profit）",
  keyReserved: () => "是保留字，请换一个键",
  oneMetric: () => "至少要有一个指标",
  oneDimension: () => "至少要有一个维度",
  seasonal12: () => "必须正好有 12 个系数，从一月开始（1 表示无季节变化）",
  missing: () => "缺失",
  type: (f) => `必须是${EXPECTED_ZH[f.expected] ?? f.expected}（当前为 ${f.got}）`,
  oneOf: (f) => `必须是 ${json(f.values)} 之一（当前为 ${f.got}）`,
  unknownSetting: () => "不是方案的设置项（请检查拼写，或将其删除）",
  badKey: (f) => `键${f.inner.map((c) => innerText("zh", c)).join("；")}`,
  forbidden: (f) => `方案中不允许使用键“${f.key}”`,
  newer: (f) => `此方案由更新版本的 TeleScore 保存（方案格式版本 ${f.version}；当前 TeleScore 最高支持版本 ${f.current}）。请更新 TeleScore 后再打开。`,
  weightSum: (f) =>
    `${f.dimension === null ? "各维度权重" : `“${f.dimension}”中的指标权重`}合计为 ${f.sum}，${f.over ? `超出 100 达 ${f.gap}` : `距 100 还差 ${f.gap}`}（${f.items.map((x) => `${x.name} ${x.weight}`).join("、")}）。`,
  duplicateDimension: (f) => `“${f.key}”已是 dimensions[${f.first}] 的键；维度键不能重复`,
  duplicateMetric: (f) => `“${f.key}”已是 ${f.first} 的键；指标键在整个方案中不能重复`,
  capBelowFloor: (f) => `不能低于下限（${f.floor}）`,
  fixedNeedsTarget: () => "缺失；按“固定目标”计分的指标需要大于 0 的目标值（如满意度 90% 填 90）",
  noPositions: (f) => `至少要列出一个岗位：${list(f.needed, "、")} 按基准数计分`,
  duplicatePosition: (f) => `“${f.position}”与 baselines[${f.first}]（“${f.firstPosition}”）是同一岗位：岗位比较时忽略大小写和首尾空格`,
  noSuchMetric: (f) => `方案中没有指标“${f.key}”`,
  notBaselineScored: (f) => `“${f.key}”不按基准数计分（其计分方式为“${f.scoring}”）`,
  missingBaselines: (f) => `${f.position} 缺少 ${f.missing.map((k) => `“${k}”`).join("、")} 的基准数`,
  bandOrder: (f) => `必须低于 ${f.min}，即等级“${f.grade}”的下限：等级从高到低排列`,
  gradeTwice: (f) => `等级“${f.grade}”用了两次`,
  lowestIsBand: (f) => `“${f.grade}”已是某一档的等级`,
  notAGrade: (f) => `“${f.grade}”不是方案中的等级（${list(f.grades, "、")}）`,
};

const zhHant: Table = {
  empty: () => "不能為空",
  min0: () => "不能小於 0",
  gt0: () => "必須大於 0",
  max1share: () => "不能大於 1（這是比例：0.5 即 50%）",
  min1: () => "不能小於 1",
  min2: () => "不能小於 2",
  max10: () => "不能大於 10",
  whole: () => "必須是整數",
  keyFormat: () => "必須以小寫字母開頭，且只含 a-z、0-9 和 _（如 net_profit）",
  keyReserved: () => "是保留字，請換一個鍵",
  oneMetric: () => "至少要有一個指標",
  oneDimension: () => "至少要有一個維度",
  seasonal12: () => "必須正好有 12 個係數，從一月開始（1 表示無季節變化）",
  missing: () => "缺失",
  type: (f) => `必須是${EXPECTED_ZH_HANT[f.expected] ?? f.expected}（目前為 ${f.got}）`,
  oneOf: (f) => `必須是 ${json(f.values)} 之一（目前為 ${f.got}）`,
  unknownSetting: () => "不是方案的設定項（請檢查拼字，或將其刪除）",
  badKey: (f) => `鍵${f.inner.map((c) => innerText("zh-Hant", c)).join("；")}`,
  forbidden: (f) => `方案中不允許使用鍵「${f.key}」`,
  newer: (f) => `此方案由更新版本的 TeleScore 儲存（方案格式版本 ${f.version}；目前的 TeleScore 最高支援到版本 ${f.current}）。請更新 TeleScore 後再開啟。`,
  weightSum: (f) =>
    `${f.dimension === null ? "各維度權重" : `「${f.dimension}」中的指標權重`}合計為 ${f.sum}，${f.over ? `超出 100 達 ${f.gap}` : `距 100 還差 ${f.gap}`}（${f.items.map((x) => `${x.name} ${x.weight}`).join("、")}）。`,
  duplicateDimension: (f) => `「${f.key}」已是 dimensions[${f.first}] 的鍵；維度鍵不能重複`,
  duplicateMetric: (f) => `「${f.key}」已是 ${f.first} 的鍵；指標鍵在整個方案中不能重複`,
  capBelowFloor: (f) => `不能低於下限（${f.floor}）`,
  fixedNeedsTarget: () => "缺失；按「固定目標」計分的指標需要大於 0 的目標值（如滿意度 90% 填 90）",
  noPositions: (f) => `至少要列出一個職位：${list(f.needed, "、")} 按基準數計分`,
  duplicatePosition: (f) => `「${f.position}」與 baselines[${f.first}]（「${f.firstPosition}」）是同一職位：職位比較時忽略大小寫和前後空白`,
  noSuchMetric: (f) => `方案中沒有指標「${f.key}」`,
  notBaselineScored: (f) => `「${f.key}」不按基準數計分（其計分方式為「${f.scoring}」）`,
  missingBaselines: (f) => `${f.position} 缺少 ${f.missing.map((k) => `「${k}」`).join("、")} 的基準數`,
  bandOrder: (f) => `必須低於 ${f.min}，即等級「${f.grade}」的下限：等級從高到低排列`,
  gradeTwice: (f) => `等級「${f.grade}」用了兩次`,
  lowestIsBand: (f) => `「${f.grade}」已是某一檔的等級`,
  notAGrade: (f) => `「${f.grade}」不是方案中的等級（${list(f.grades, "、")}）`,
};

const TABLES: Record<Locale, Table> = { en, zh, "zh-Hant": zhHant };

/** A record key's own problem, inside badKey: a code that needs no facts ("empty", "keyFormat"). */
function innerText(lang: Locale, code: string): string {
  return isPolicyCode(code) ? (TABLES[lang][code] as (facts: Facts) => string)({}) : code;
}

export const POLICY_CODES = Object.keys(en) as PolicyCode[];

export function isPolicyCode(x: unknown): x is PolicyCode {
  return typeof x === "string" && Object.prototype.hasOwnProperty.call(en, x);
}

/** A dimension or metric named in a message's facts: its key (for files and logs) and its labels (for the pane). */
export interface Name {
  key: string;
  label?: PolicyLabel;
}

const isName = (x: unknown): x is Name => typeof x === "object" && x !== null && "key" in x && Object.keys(x).every((k) => k === "key" || k === "label");

/** Facts with every Name written out: by its key, or by its label in a language (the key when the label is blank). */
function named(value: unknown, lang: Locale | null): unknown {
  if (isName(value)) return (lang !== null && value.label && labelIn(value.label, lang).trim()) || value.key;
  if (Array.isArray(value)) return value.map((v) => named(v, lang));
  if (typeof value === "object" && value !== null) return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, named(v, lang)]));
  return value;
}

/** The problem's sentence, without its place; `labels`: names by label (the pane), else by key (files and logs). */
export function policyMessage(problem: Pick<PolicyProblem, "code" | "facts">, lang: Locale, labels = false): string {
  const facts = Object.fromEntries(Object.entries(problem.facts).map(([k, v]) => [k, named(v, labels ? lang : null)]));
  return (TABLES[lang][problem.code] as (facts: Facts) => string)(facts);
}

/** `dimensions[1].metrics[0].cap`; a key that is no identifier is quoted: `values["my key"]`. */
export function formatPath(path: readonly PropertyKey[]): string {
  return path
    .map((seg, i) =>
      typeof seg === "number" ? `[${seg}]` : /^[A-Za-z_$][\w$]*$/.test(String(seg)) ? `${i ? "." : ""}${String(seg)}` : `[${JSON.stringify(String(seg))}]`,
    )
    .join("");
}

/** Problems of the whole policy stand alone; the rest say where: "dimensions[0].weight: must be 0 or more". */
export function policyProblemEnglish(problem: PolicyProblem): string {
  const text = policyMessage(problem, "en");
  if (problem.path.length > 0) return `${formatPath(problem.path)}: ${text}`;
  return SENTENCES.has(problem.code) ? text : `policy: ${text}`;
}

/** Codes whose message is a whole sentence, shown without a place. */
const SENTENCES = new Set<PolicyCode>(["weightSum", "newer"]);

/** The names of a policy's settings, as the pane calls them. */
const SETTING: Record<Locale, Record<string, string>> = {
  en: {
    weight: "weight", direction: "direction", floor: "floor", cap: "cap", scoring: "scoring", unit: "unit", target: "target", label: "label",
    key: "key", metrics: "metrics", position: "position", values: "baselines", seasonal: "seasonal factors", name: "name", revision: "revision",
    bands: "grade bands", grade: "grade", min: "lower bound", lowestGrade: "lowest grade", minPresence: "minimum presence",
    quarterQualityWeight: "quarter quality weight", ratingScale: "rating scale", csatMethod: "CSAT method", targetDistribution: "expected share of grades",
    schemaVersion: "schema version", dimensions: "dimensions", baselines: "baselines", en: "English", zh: "Simplified Chinese", "zh-Hant": "Traditional Chinese",
  },
  zh: {
    weight: "权重", direction: "方向", floor: "下限", cap: "上限", scoring: "计分方式", unit: "单位", target: "目标值", label: "名称",
    key: "键", metrics: "指标", position: "岗位", values: "基准数", seasonal: "季节系数", name: "名称", revision: "修订号",
    bands: "等级区间", grade: "等级", min: "下限", lowestGrade: "最低等级", minPresence: "最低出勤比例",
    quarterQualityWeight: "季度质量权重", ratingScale: "评分量表", csatMethod: "满意度算法", targetDistribution: "各等级预期占比",
    schemaVersion: "格式版本", dimensions: "维度", baselines: "基准数", en: "英文", zh: "简体中文", "zh-Hant": "繁体中文",
  },
  "zh-Hant": {
    weight: "權重", direction: "方向", floor: "下限", cap: "上限", scoring: "計分方式", unit: "單位", target: "目標值", label: "名稱",
    key: "鍵", metrics: "指標", position: "職位", values: "基準數", seasonal: "季節係數", name: "名稱", revision: "修訂版次",
    bands: "等級區間", grade: "等級", min: "下限", lowestGrade: "最低等級", minPresence: "最低出勤比例",
    quarterQualityWeight: "季品質權重", ratingScale: "評分量表", csatMethod: "滿意度算法", targetDistribution: "各等級預期占比",
    schemaVersion: "格式版本", dimensions: "維度", baselines: "基準數", en: "英文", zh: "簡體中文", "zh-Hant": "繁體中文",
  },
};

const WORDS: Record<Locale, { policy: string; month: (n: number) => string; band: (n: number, grade: string) => string; item: (n: number) => string; sep: string; colon: string }> = {
  en: { policy: "The policy", month: (n) => `month ${n}`, band: (n, g) => `grade band ${n}${g ? ` (${g})` : ""}`, item: (n) => `item ${n}`, sep: ", ", colon: ": " },
  zh: { policy: "方案", month: (n) => `${n} 月`, band: (n, g) => `第 ${n} 档${g ? `（${g}）` : ""}`, item: (n) => `第 ${n} 项`, sep: " · ", colon: "：" },
  "zh-Hant": { policy: "方案", month: (n) => `${n} 月`, band: (n, g) => `第 ${n} 檔${g ? `（${g}）` : ""}`, item: (n) => `第 ${n} 項`, sep: " · ", colon: "：" },
};

interface Named {
  key?: unknown;
  label?: { en?: unknown; zh?: unknown; "zh-Hant"?: unknown };
  position?: unknown;
  grade?: unknown;
}

const asObject = (x: unknown): Record<string, unknown> | undefined => (typeof x === "object" && x !== null ? (x as Record<string, unknown>) : undefined);

/** A dimension or metric by its label in the language, else its key, else its place. */
function nameOf(item: unknown, lang: Locale, fallback: string): string {
  const named = asObject(item) as Named | undefined;
  // A draft's labels are unchecked: each language's own, then (for Traditional) the Simplified one.
  for (const l of lang === "zh-Hant" ? (["zh-Hant", "zh"] as const) : [lang]) {
    const label = named?.label?.[l];
    if (typeof label === "string" && label.trim() !== "") return label.trim();
  }
  return typeof named?.key === "string" && named.key.trim() !== "" ? named.key : fallback;
}

/** The place of a problem in words, walking the draft so dimensions and metrics are named by their labels. */
function placeOf(path: PolicyPath, draft: unknown, lang: Locale): string {
  const words = WORDS[lang];
  const names: string[] = [];
  let at: unknown = draft;
  for (let i = 0; i < path.length; i++) {
    const seg = path[i];
    const next = asObject(at)?.[seg as string];
    const parent = i > 0 ? path[i - 1] : undefined;
    if (typeof seg === "number") {
      if (parent === "dimensions" || parent === "metrics") {
        names.pop(); // "Workload" says more than "dimensions"
        names.push(nameOf(next, lang, `${SETTING[lang][parent]} ${seg + 1}`));
      } else if (parent === "baselines") {
        names.pop();
        const position = asObject(next)?.position;
        names.push(`${SETTING[lang].baselines}${words.sep}${typeof position === "string" && position.trim() ? position.trim() : words.item(seg + 1)}`);
      } else if (parent === "bands") {
        names.pop();
        const grade = asObject(next)?.grade;
        names.push(words.band(seg + 1, typeof grade === "string" ? grade.trim() : ""));
      } else if (parent === "seasonal") names.push(words.month(seg + 1));
      else names.push(words.item(seg + 1));
    } else if (parent === "values" || parent === "targetDistribution") {
      names.push(seg); // a metric key or a grade, as written
    } else {
      names.push(SETTING[lang][seg] ?? seg);
    }
    at = next;
  }
  return names.length === 0 ? words.policy : names.join(words.sep);
}

/** The problem as the pane shows it: the place in words, then the sentence, in the pane's language. */
export function policyProblemText(problem: PolicyProblem, draft: unknown, lang: Locale): string {
  const text = policyMessage(problem, lang, true);
  if (SENTENCES.has(problem.code)) return text;
  return `${placeOf(problem.path, draft, lang)}${WORDS[lang].colon}${text}`;
}
