/**
 * Validation of an untrusted policy (a saved file, the task pane's editor, workbook settings):
 * the zod schema of `Policy`, the rules that tie its parts together (weights adding up to 100,
 * bands, baselines, unique keys), and messages a policy author can act on, each with the path of
 * the offending value (`dimensions[1].metrics[0].cap: must be greater than 0`).
 * What passes is a fresh object built by zod: the parsed input is never merged into anything.
 */
import { Decimal } from "decimal.js";
import { z } from "zod";
import { errorMessage } from "./errors";
import type { PolicyLabel } from "./locale";
import { policyNameKey } from "./names";
import { CURRENT_SCHEMA_VERSION, FORBIDDEN_KEYS, policyShape, positionNames, type Policy } from "./policy";
import { formatPath, isPolicyCode, policyProblemEnglish, type Name, type PolicyCode, type PolicyProblem } from "./policyMessages";

/**
 * A failure lists every problem twice over: `errors` in English with raw paths (for files and
 * logs), `problems` as codes with facts, which the pane words in its language (policyMessages.ts).
 * A file's own problems (too large, not JSON) have `errors` only; `duplicateKeys` are the paths of
 * settings a file gives twice (only reading text finds those: engine/policyJson.ts).
 */
export type PolicyResult = { ok: true; policy: Policy } | { ok: false; errors: string[]; problems?: PolicyProblem[]; duplicateKeys?: string[] };

/** A policy nests 5 levels deep; the key scan stops a little below that (and so never loops on cycles). */
const SCAN_DEPTH = 8;

type Shape = Policy;
type Ctx = z.RefinementCtx<Shape>;
type Path = (string | number)[];

/** Rules across fields; they run only on a policy whose every field is well formed. */
function checkConsistency(p: Shape, ctx: Ctx): void {
  const issue: Report = (path, message, facts = {}) => ctx.addIssue({ code: "custom", path, message, params: facts });
  checkWeights(p, issue);
  checkKeys(p, issue);
  checkBaselines(p, issue);
  checkGrades(p, issue);
}

type Report = (path: Path, message: PolicyCode, facts?: Record<string, unknown>) => void;

const nameOf = (x: { key: string; label?: PolicyLabel }): Name => ({ key: x.key, ...(x.label ? { label: x.label } : {}) });

/** Weight sums, exact in decimal and rounded to 2 decimals (half away from zero), must be 100. */
function checkWeights(p: Shape, issue: Report): void {
  const check = (dimension: Name | null, items: { key: string; weight: number; label?: PolicyLabel }[]) => {
    const sum = items.reduce((s, x) => s.plus(x.weight), new Decimal(0)).toDecimalPlaces(2, Decimal.ROUND_HALF_UP);
    if (sum.eq(100)) return;
    issue([], "weightSum", {
      dimension,
      sum: sum.toFixed(),
      gap: sum.minus(100).abs().toFixed(),
      over: sum.gt(100),
      items: items.map((x) => ({ name: nameOf(x), weight: x.weight })),
    });
  };
  check(null, p.dimensions);
  for (const d of p.dimensions) if (d.metrics.length > 0) check(nameOf(d), d.metrics); // no metrics: "oneMetric" says so
}

/** Dimension keys unique; metric keys unique across the policy; cap >= floor; a fixed target where needed. */
function checkKeys(p: Shape, issue: Report): void {
  const dimensionAt = new Map<string, number>();
  const metricAt = new Map<string, string>();
  p.dimensions.forEach((d, di) => {
    const first = dimensionAt.get(d.key);
    if (first === undefined) dimensionAt.set(d.key, di);
    else issue(["dimensions", di, "key"], "duplicateDimension", { key: d.key, first });
    d.metrics.forEach((m, mi) => {
      const path = ["dimensions", di, "metrics", mi];
      const seen = metricAt.get(m.key);
      if (seen === undefined) metricAt.set(m.key, formatPath(path));
      else issue([...path, "key"], "duplicateMetric", { key: m.key, first: seen });
      if (m.cap < m.floor) issue([...path, "cap"], "capBelowFloor", { floor: m.floor });
      if (m.scoring === "fixed" && m.target === undefined) issue([...path, "target"], "fixedNeedsTarget");
    });
  });
}

/** Positions unique ignoring case and spaces; each gives exactly the baseline-scored metrics. */
function checkBaselines(p: Shape, issue: Report): void {
  const metrics = p.dimensions.flatMap((d) => d.metrics);
  const needed = metrics.filter((m) => m.scoring === "baseline").map((m) => m.key);
  if (needed.length > 0 && p.baselines.length === 0) {
    issue(["baselines"], "noPositions", { needed });
  }
  // A position is matched by its name or any of its labels (policy.ts positionNames), so no two positions may share one.
  const positionAt = new Map<string, number>();
  p.baselines.forEach((b, bi) => {
    for (const name of positionNames(b)) {
      const first = positionAt.get(policyNameKey(name));
      if (first === undefined) positionAt.set(policyNameKey(name), bi);
      else {
        const path = name === b.position ? ["baselines", bi, "position"] : ["baselines", bi, "label"];
        issue(path, "duplicatePosition", { position: name, first, firstPosition: p.baselines[first].position });
        break;
      }
    }
    for (const k of Object.keys(b.values)) {
      const m = metrics.find((x) => x.key === k);
      if (!m) issue(["baselines", bi, "values", k], "noSuchMetric", { key: k });
      else if (m.scoring !== "baseline") issue(["baselines", bi, "values", k], "notBaselineScored", { key: k, scoring: m.scoring });
    }
    const missing = needed.filter((k) => !(k in b.values));
    if (missing.length > 0) issue(["baselines", bi, "values"], "missingBaselines", { position: b.position, missing });
  });
}

/** Bands strictly decreasing with unique grades; the lowest grade and calibration grades fit them. */
function checkGrades(p: Shape, issue: Report): void {
  const grades = new Set<string>();
  p.bands.forEach((band, i) => {
    const previous = p.bands[i - 1];
    if (previous && !(band.min < previous.min)) {
      issue(["bands", i, "min"], "bandOrder", { min: previous.min, grade: previous.grade });
    }
    if (grades.has(band.grade)) issue(["bands", i, "grade"], "gradeTwice", { grade: band.grade });
    grades.add(band.grade);
  });
  if (grades.has(p.lowestGrade)) issue(["lowestGrade"], "lowestIsBand", { grade: p.lowestGrade });
  grades.add(p.lowestGrade);
  for (const g of Object.keys(p.targetDistribution ?? {})) {
    if (!grades.has(g)) issue(["targetDistribution", g], "notAGrade", { grade: g, grades: [...grades] });
  }
}

/**
 * Issues that leave every value of the right type (a number out of range, an empty name, a key
 * misspelt): the rules across fields can still run, so a cap of 0 and weights adding up to 115
 * are both reported.
 */
const RANGE_ISSUES = new Set(["too_small", "too_big", "custom", "invalid_format", "not_multiple_of"]);

/** The whole policy: its shape, then (when every value has the right type) the rules across fields. */
export const policySchema: z.ZodType<Policy> = policyShape.superRefine(checkConsistency, {
  when: (payload) => payload.issues.every((i) => RANGE_ISSUES.has(i.code)),
});

/** Checks untrusted data and returns a fresh, valid policy or every problem found, one message each. */
export function validatePolicy(data: unknown): PolicyResult {
  const version = isObject(data) ? data.schemaVersion : undefined;
  if (typeof version === "number" && version > CURRENT_SCHEMA_VERSION) {
    return failure([{ path: [], code: "newer", facts: { version, current: CURRENT_SCHEMA_VERSION } }]);
  }
  const forbidden = forbiddenKeys(data, [], 0);
  if (forbidden.length > 0) return failure(forbidden);
  const result = policySchema.safeParse(data, { error: describeIssue });
  return result.success ? { ok: true, policy: result.data } : failure(result.error.issues.flatMap(toProblems));
}

function failure(problems: PolicyProblem[]): PolicyResult {
  return { ok: false, errors: problems.map(policyProblemEnglish), problems };
}

/** Parses a policy file's text (a leading byte-order mark allowed) and validates it; bad JSON says where. */
/**
 * The largest policy text accepted. The default policy is about 5 KB; workbook settings hold about
 * 2 MB in all (history included), so anything near this size is not a policy a person wrote.
 */
export const MAX_POLICY_CHARS = 200_000;

/** JSON text -> data, refusing oversized text before parsing and saying where broken JSON breaks. */
export function parseJsonText(json: string): { ok: true; data: unknown } | { ok: false; errors: string[] } {
  if (json.length > MAX_POLICY_CHARS) {
    const kb = (n: number) => `${Math.ceil(n / 1000).toLocaleString("en-US")} KB`;
    return { ok: false, errors: [`The policy file is too large (${kb(json.length)}; at most ${kb(MAX_POLICY_CHARS)}). Choose a TeleScore policy file (.json exported from the task pane).`] };
  }
  const body = json.startsWith("\uFEFF") ? json.slice(1) : json;
  try {
    return { ok: true, data: JSON.parse(body) };
  } catch (e) {
    return { ok: false, errors: [describeJsonError(body, e)] };
  }
}

function isObject(x: unknown): x is Record<string, unknown> {
  return typeof x === "object" && x !== null;
}

function forbiddenKeys(value: unknown, path: Path, depth: number): PolicyProblem[] {
  if (!isObject(value) || depth > SCAN_DEPTH) return [];
  return Object.keys(value).flatMap((k): PolicyProblem[] =>
    FORBIDDEN_KEYS.has(k)
      ? [{ path: [...path, k], code: "forbidden", facts: { key: k } }]
      : forbiddenKeys(value[k], [...path, Array.isArray(value) ? Number(k) : k], depth + 1),
  );
}

/**
 * The facts of the issues zod words itself (wrong types, unknown choices), kept as JSON text in
 * the issue's message until toProblems reads them back.
 */
const FACTS = "\u0000";

/** One problem per issue; an unknown-keys issue gives one per key. */
function toProblems(issue: z.core.$ZodIssue): PolicyProblem[] {
  const path = issue.path as Path;
  if (issue.code === "unrecognized_keys") return issue.keys.map((k) => ({ path: [...path, k], code: "unknownSetting", facts: {} }));
  if (issue.code === "invalid_key") return [{ path, code: "badKey", facts: { inner: issue.issues.map((i) => i.message) } }];
  const facts = issue.code === "custom" ? ((issue.params ?? {}) as Record<string, unknown>) : {};
  if (issue.message.startsWith(FACTS)) {
    const { code, ...rest } = JSON.parse(issue.message.slice(1)) as { code: PolicyCode };
    return [{ path, code, facts: rest }];
  }
  return [{ path, code: isPolicyCode(issue.message) ? issue.message : "missing", facts }];
}

/** Codes (with their facts) for the issues the schema gives no message of its own: wrong types and unknown choices. */
function describeIssue(issue: z.core.$ZodRawIssue): string | undefined {
  const coded = (code: PolicyCode, facts: Record<string, unknown> = {}) => FACTS + JSON.stringify({ code, ...facts });
  if (issue.code === "invalid_type") {
    if (issue.input === undefined) return coded("missing");
    return coded("type", { expected: issue.expected, got: describeValue(issue.input) });
  }
  if (issue.code === "invalid_value") return coded("oneOf", { values: issue.values, got: describeValue(issue.input) });
  return undefined;
}

function describeValue(x: unknown): string {
  if (typeof x === "string") return x.length > 40 ? `${JSON.stringify(x.slice(0, 39))}…` : JSON.stringify(x);
  if (Array.isArray(x)) return "a list";
  if (isObject(x)) return "an object";
  return String(x);
}

/** Engines word JSON errors differently (and not all give a position), so find the place ourselves. */
function describeJsonError(json: string, error: unknown): string {
  const found = new JsonScanner(json).firstError();
  if (!found) return `The policy file is not valid JSON (${errorMessage(error)}).`;
  const before = json.slice(0, found.at).split("\n");
  const line = before.length;
  const column = before[before.length - 1].length + 1;
  const rest = json.slice(found.at).split(/\r?\n/)[0].slice(0, 12);
  const actual = found.at >= json.length ? "the end of the text" : rest ? `'${rest}'` : "a line break";
  return `The policy file is not valid JSON: at line ${line}, column ${column}, expected ${found.expected} but found ${actual}.`;
}

/** Nesting beyond this is refused by the scanner, which recurses (a policy nests 5 levels). */
const JSON_DEPTH = 64;

/** A JSON syntax checker (RFC 8259) that reports the offset of the first error and what was expected there. */
class JsonScanner {
  private at = 0;
  constructor(private readonly json: string) {}

  firstError(): { at: number; expected: string } | undefined {
    try {
      this.value(0);
      this.space();
      if (this.at < this.json.length) this.fail("the end of the text");
      return undefined;
    } catch (e) {
      if (e instanceof JsonScanError) return { at: e.at, expected: e.expected };
      throw e;
    }
  }

  private fail(expected: string): never {
    throw new JsonScanError(this.at, expected);
  }

  private space(): void {
    while (/[ \t\n\r]/.test(this.json.charAt(this.at))) this.at++;
  }

  /** Matches a sticky pattern at the current offset and moves past it; false when it does not match. */
  private take(pattern: RegExp): boolean {
    pattern.lastIndex = this.at;
    if (!pattern.test(this.json)) return false;
    this.at = pattern.lastIndex;
    return true;
  }

  private expect(char: string, expected: string): void {
    if (this.json[this.at] !== char) this.fail(expected);
    this.at++;
  }

  private value(depth: number): void {
    if (depth > JSON_DEPTH) this.fail(`data nested at most ${JSON_DEPTH} levels deep`);
    this.space();
    const c = this.json[this.at];
    if (c === "{") this.container("}", () => this.member(depth));
    else if (c === "[") this.container("]", () => this.value(depth + 1));
    else if (c === '"') this.string();
    else if (!this.take(/-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?|true|false|null/y)) {
      this.fail("a value (text in double quotes, a number, true, false, null, { or [)");
    }
  }

  /** `{ member, ... }` or `[ value, ... ]`, with the empty forms. */
  private container(close: string, item: () => void): void {
    this.at++;
    this.space();
    if (this.json[this.at] === close) {
      this.at++;
      return;
    }
    for (;;) {
      item();
      this.space();
      if (this.json[this.at] === close) {
        this.at++;
        return;
      }
      this.expect(",", `"," or "${close}"`);
    }
  }

  private member(depth: number): void {
    this.space();
    if (this.json[this.at] !== '"') this.fail("a property name in double quotes");
    this.string();
    this.space();
    this.expect(":", '":" after the property name');
    this.value(depth + 1);
  }

  private string(): void {
    this.at++;
    // eslint-disable-next-line no-control-regex -- JSON text may not hold raw control characters (RFC 8259)
    this.take(/(?:[^"\\\u0000-\u001f]|\\["\\/bfnrt]|\\u[0-9a-fA-F]{4})*/y);
    if (this.at >= this.json.length) this.fail('a closing "');
    if (this.json[this.at] !== '"') this.fail(this.json[this.at] === "\\" ? "a valid escape (\\n, \\\", \\\\, \\u00e9, ...)" : "no line break or control character inside text");
    this.at++;
  }
}

class JsonScanError {
  constructor(
    readonly at: number,
    readonly expected: string,
  ) {}
}
