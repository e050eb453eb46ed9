/**
 * Header text -> field (docs/review.md, "The rep-period table"): the columns of a pasted export are recognised by their
 * header, in English or Chinese, whatever the width, case, spacing or punctuation, and the user's
 * own choices in the pane override the guess. Every decision is reported, so the pane can show what
 * was matched with what, which columns compete for one field, and what is still missing.
 */
import type { DurationUnit } from "./duration";
import { REQUIRED_FIELDS, TELE_FIELDS, type FieldDef, type FieldKey } from "./fields";

export interface NormalizedHeader {
  /** Folded text used for matching: NFKC, lower case, units in brackets removed, punctuation as single spaces. */
  text: string;
  /** The time unit the header states ("通话时长(秒)", "talk seconds"), if any. */
  unit: DurationUnit | null;
}

/** After NFKC, full-width parentheses are ASCII; the CJK brackets 【】〔〕〖〗《》 are not folded, so they are listed. */
const BRACKETED = /[([{【〔〖《<]([^)\]}】〕〗》>]*)[)\]}】〕〗》>]/g;
const PUNCTUATION = /[\p{P}\p{S}\p{Z}\s_]+/gu;
/** A Han character next to a non-Han one gets a space between them, so "坐席ID" and "坐席 ID" read the same. */
const SCRIPT_BOUNDARY = /(\p{Script=Han})(?=[^\s\p{Script=Han}])|([^\s\p{Script=Han}])(?=\p{Script=Han})/gu;
/** Chinese has no spaces between words: "工 号" is 工号. */
const SPACE_IN_HAN = /(?<=\p{Script=Han}) +(?=\p{Script=Han})/gu;
const HAN = /\p{Script=Han}/u;

export function normalizeHeader(raw: string): NormalizedHeader {
  const folded = String(raw ?? "")
    .normalize("NFKC")
    .replace(/(\p{Ll})(\p{Lu})/gu, "$1 $2") // camelCase exports: "AvgTalkDuration" -> "Avg Talk Duration"
    .toLowerCase();
  const bracketUnits: (DurationUnit | null)[] = [];
  const outside = folded.replace(BRACKETED, (_, inner: string) => {
    bracketUnits.push(bracketUnit(inner.replace(/\s+/g, "")));
    return " ";
  });
  const text = outside.replace(PUNCTUATION, " ").replace(SPACE_IN_HAN, "").replace(SCRIPT_BOUNDARY, "$1$2 ").replace(/ +/g, " ").trim();
  return { text, unit: bracketUnits.find((u) => u !== null) ?? wordUnit(outside) };
}

/** Words that may lead a unit in brackets: "(in seconds)", "(单位:秒)", "(單位:秒)", "(unit: min)". */
const UNIT_LEAD = /^(in|units?:?|[单單]位:?)/;

/**
 * A unit written in brackets: "(秒)", "(s)", "(in minutes)", "(分钟)", "(单位:小时)", "(h:mm:ss)", "【小时】";
 * Traditional Chinese exports write 分鐘, 小時, 時.
 */
function bracketUnit(written: string): DurationUnit | null {
  const inner = written.replace(UNIT_LEAD, "");
  if (/^\[?h+\]?:m+(:s+)?$|^\[?m+\]?:s+$|[时時]:分/.test(inner)) return "time";
  if (/^(s|secs?|seconds?)$|秒/.test(inner)) return "seconds";
  if (/^(m|mins?|minutes?|分)$|分[钟鐘]/.test(inner)) return "minutes";
  if (/^(h|hrs?|hours?|[时時])$|小[时時]/.test(inner)) return "hours";
  return null;
}

/** A unit written as a word: "talk seconds", "通话秒数", "通話分鐘數", "talk time hh:mm:ss". */
function wordUnit(text: string): DurationUnit | null {
  if (/\bh+:mm(:ss)?\b|\bmm:ss\b/.test(text)) return "time";
  if (/\b(seconds?|secs?)\b|秒/.test(text)) return "seconds";
  if (/\b(minutes?|mins?)\b|分[钟鐘]/.test(text)) return "minutes";
  if (/\b(hours?|hrs?)\b|小[时時]/.test(text)) return "hours";
  return null;
}

/** How a header got its field: chosen by the user, equal to a synonym, or containing one. */
export type MatchKind = "manual" | "exact" | "contains";

export interface HeaderMatch<K extends string> {
  index: number;
  header: string;
  normalized: string;
  unit: DurationUnit | null;
  /** The field this header looks like, or null: unmatched (or set to "not used" by the user). */
  field: K | null;
  match: MatchKind | null;
  /** The synonym that matched, as written in the field list. */
  synonym: string | null;
  /** Whether this column is the one its field reads (false for the losers of an ambiguity). */
  used: boolean;
}

/** Several headers for one field: all are listed, `chosen` is the one used (the first of the best kind). */
export interface Ambiguity<K extends string> {
  field: K;
  indexes: number[];
  chosen: number;
}

export interface HeaderMapping<K extends string = FieldKey> {
  headers: HeaderMatch<K>[];
  /** field -> the column index it reads. */
  columns: Partial<Record<K, number>>;
  ambiguous: Ambiguity<K>[];
  /** Required fields not mapped; each entry lists alternatives, any one of which would do (["repId", "repName"]). */
  missing: K[][];
}

interface Synonym<K extends string> {
  field: K;
  written: string;
  text: string;
  han: boolean;
}

const synonymCache = new WeakMap<readonly FieldDef[], Synonym<string>[]>();

/** The fields' synonyms, normalised once per field list, in field order. */
function synonymsOf<K extends string>(fields: readonly FieldDef<K>[]): Synonym<K>[] {
  let list = synonymCache.get(fields);
  if (!list) {
    list = fields.flatMap((f) =>
      f.synonyms.map((written) => {
        const text = normalizeHeader(written).text;
        return { field: f.key, written, text, han: HAN.test(text) };
      }),
    );
    synonymCache.set(fields, list);
  }
  return list as Synonym<K>[];
}

/** A Han synonym may sit anywhere in the header ("本月呼出量"); a Latin one must be whole words ("paid" holds no "id"). */
function contains(header: string, s: Synonym<string>): boolean {
  return s.han ? header.includes(s.text) : ` ${header} `.includes(` ${s.text} `);
}

/** Exact synonym first; else the longest contained synonym (a tie goes to the earlier field). */
function guess<K extends string>(text: string, synonyms: Synonym<K>[]): { synonym: Synonym<K>; match: MatchKind } | null {
  if (text === "") return null;
  const exact = synonyms.find((s) => s.text === text);
  if (exact) return { synonym: exact, match: "exact" };
  let best: Synonym<K> | null = null;
  for (const s of synonyms) if (s.text.length > (best?.text.length ?? 0) && contains(text, s)) best = s;
  return best && { synonym: best, match: "contains" };
}

const RANK: Record<MatchKind, number> = { manual: 0, exact: 1, contains: 2 };

/**
 * Maps headers to fields. `overrides` (column index -> field, or null for "not used") are the user's
 * choices and beat any guess: a column the user assigned takes the field, and columns guessed for the
 * same field are left unused without an ambiguity flag, since the user has decided.
 */
export function matchHeaders<K extends string>(
  fields: readonly FieldDef<K>[],
  required: readonly (readonly K[])[],
  headers: readonly string[],
  overrides: Readonly<Record<number, K | null>> = {},
): HeaderMapping<K> {
  const synonyms = synonymsOf(fields);
  const matches: HeaderMatch<K>[] = headers.map((header, index) => {
    const normalized = normalizeHeader(header);
    const base = { index, header: String(header ?? ""), normalized: normalized.text, unit: normalized.unit, used: false };
    if (Object.prototype.hasOwnProperty.call(overrides, index)) {
      const chosen = overrides[index];
      return { ...base, field: chosen, match: chosen === null ? null : "manual", synonym: null };
    }
    const found = guess(normalized.text, synonyms);
    return { ...base, field: found?.synonym.field ?? null, match: found?.match ?? null, synonym: found?.synonym.written ?? null };
  });

  const columns: Partial<Record<K, number>> = {};
  const ambiguous: Ambiguity<K>[] = [];
  for (const f of fields) {
    const candidates = matches.filter((m) => m.field === f.key);
    if (candidates.length === 0) continue;
    const bestRank = Math.min(...candidates.map((m) => RANK[m.match as MatchKind]));
    const chosen = candidates.find((m) => RANK[m.match as MatchKind] === bestRank) as HeaderMatch<K>;
    chosen.used = true;
    columns[f.key] = chosen.index;
    const competing = bestRank === RANK.manual ? candidates.filter((m) => m.match === "manual") : candidates;
    if (competing.length > 1) ambiguous.push({ field: f.key, indexes: competing.map((m) => m.index), chosen: chosen.index });
  }
  const missing = required.filter((group) => group.every((k) => columns[k] === undefined)).map((group) => [...group]);
  return { headers: matches, columns, ambiguous, missing };
}

/** The rep-period table's mapping (TeleScore fields, required: rep id or name, position, period). */
export function mapHeaders(headers: string[], overrides?: Record<number, FieldKey | null>): HeaderMapping {
  return matchHeaders(TELE_FIELDS, REQUIRED_FIELDS, headers, overrides);
}

/**
 * The user's overrides keyed by normalised header text, for keeping in the workbook: a saved choice
 * still applies when the columns are reordered or the header is retyped in full-width.
 */
export function overridesToSaved<K extends string>(headers: readonly string[], overrides: Readonly<Record<number, K | null>>): Record<string, K | null> {
  const saved: Record<string, K | null> = {};
  for (const [index, choice] of Object.entries(overrides)) {
    const header = headers[Number(index)];
    if (header !== undefined) saved[normalizeHeader(header).text] = choice;
  }
  return saved;
}

/** Saved overrides (by normalised header text) back to column indexes for the current headers. */
export function overridesFromSaved<K extends string>(headers: readonly string[], saved: Readonly<Record<string, K | null>>): Record<number, K | null> {
  const overrides: Record<number, K | null> = {};
  headers.forEach((header, index) => {
    const text = normalizeHeader(header).text;
    if (Object.prototype.hasOwnProperty.call(saved, text)) overrides[index] = saved[text];
  });
  return overrides;
}
