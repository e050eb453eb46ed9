/**
 * Generators of what a cell, or a range of cells, can hand a TELE function: numbers at the edges of
 * floating point, numeric text as English and Chinese users type it, hostile text, booleans, blanks,
 * values Excel never sends but a JavaScript caller could (NaN, objects), and ranges of every shape
 * up to 100,000 cells. Shared by the jest fuzz test and `npm run fuzz`.
 */
import fc from "fast-check";
import { defaultPolicy } from "../../src/engine/policy";

/** Excel's limit of characters in a cell; the largest range the fuzz hands over. */
const CELL_TEXT_LIMIT = 32_767;
const MAX_RANGE_CELLS = 100_000;

/** Numbers where arithmetic, rounding, dates and money change behaviour. */
const EDGE_NUMBERS: readonly number[] = [
  0, -0, 1, -1, 0.5, 0.005, 0.015, 1.005, -1.005, 0.1 + 0.2, 1e-7, 1e-300, Number.MIN_VALUE, -Number.MIN_VALUE,
  Number.EPSILON, 1e15, 9_999_999_999_999.99, 1e16, 2 ** 53, 1e21, 1e308, -1e308, Number.MAX_VALUE, -Number.MAX_VALUE,
  NaN, Infinity, -Infinity, 12, 13, 31, 32, 60, 61, 45292, 2_958_465, 2_958_466,
];

const numberCell: fc.Arbitrary<number> = fc.oneof(
  fc.constantFrom(...EDGE_NUMBERS),
  fc.double(), // every double, NaN, ±Infinity and -0 included
  fc.integer({ min: -1000, max: 1000 }),
  fc.double({ min: 0, max: 200, noNaN: true }), // scores, percentages, ratings
  fc.integer({ min: 1, max: 2_958_465 }), // Excel date serials
  fc.double({ min: -1e-6, max: 1e-6, noNaN: true }), // tiny fractions
  fc.double({ min: -1e13, max: 1e13, noNaN: true }), // money
);

/** ASCII digits, signs, separators and percent as their full-width forms (what a Chinese IME types). */
function fullWidth(text: string): string {
  return text.replace(/[0-9+\-.,%]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
}

/** "1234567.5" -> "1,234,567.5". */
function grouped(text: string): string {
  const [whole, fraction] = text.split(".");
  const digits = whole.replace(/^-/, "");
  const withCommas = digits.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  return `${whole.startsWith("-") ? "-" : ""}${withCommas}${fraction === undefined ? "" : `.${fraction}`}`;
}

const FORMS: ((n: number, decimals: number) => string)[] = [
  (n) => String(n),
  (n, d) => n.toFixed(d),
  (n, d) => grouped(n.toFixed(d)),
  (n, d) => `${n.toFixed(d)}%`,
  (n, d) => `${n.toFixed(d)} %`,
  (n, d) => ` ${n.toFixed(d)} `,
  (n, d) => `\u3000${n.toFixed(d)}\u3000`, // ideographic spaces
  (n, d) => fullWidth(n.toFixed(d)),
  (n, d) => fullWidth(grouped(n.toFixed(d))),
  (n, d) => fullWidth(`${n.toFixed(d)}%`),
  (n, d) => n.toFixed(d).replace(/^-/, "\u2212"), // the minus sign U+2212
  (n, d) => `+${n.toFixed(d)}`,
  (n) => n.toExponential(),
  (n, d) => `\t${n.toFixed(d)}\n`,
];

/** A number written as a person would type it: "1,200", "85%", " 3 ", "１２００", "８５％", "1.2e3". */
const numericText: fc.Arbitrary<string> = fc
  .tuple(
    fc.oneof(fc.integer({ min: -1_000_000, max: 1_000_000 }), fc.double({ min: -1e9, max: 1e9, noNaN: true }), fc.constantFrom(0, 3, 85, 1200, 0.5)),
    fc.integer({ min: 0, max: 4 }),
    fc.nat({ max: FORMS.length - 1 }),
  )
  .map(([n, decimals, form]) => FORMS[form](n, decimals));

/** Text that looks like something else: formulas, errors, other numerals, injection, direction marks. */
const HOSTILE_TEXT: readonly string[] = [
  "=1+1", '=HYPERLINK("https://example.com","x")', "=cmd|'/c calc'!A0", "+1+1", "-1+1", "@SUM(A1)", "#N/A", "#VALUE!",
  "TRUE", "FALSE", "NaN", "Infinity", "-Infinity", "1e999", "-1e999", "0x1A", "1_000", "1,2,3", "1,,000", "12,34", "1.2.3",
  "%", "85%%", "--1", "１，２００", "一千二百", "壹佰", "١٢٣", "१२३", "Ⅻ", "½", "²", "١٢٣٫٥", "\u202Eevil\u202C", "مرحبا",
  "שלום", "👩‍👩‍👧‍👦", "🙂", "\u0000", "\u0007", "\r\n", "\uD800", "\uFEFF1", "__proto__", "constructor", "toString",
  "<script>alert(1)</script>", "' OR 1=1 --", "${7*7}", "top2", "MEAN", " Junior ", "JUNIOR", "Team  Lead", "sales.", ".revenue",
];

/** Keys and names from the default policy, so that lookups (positions, metrics, weights) succeed too. */
function policyWords(): string[] {
  const policy = defaultPolicy();
  const dimensions = policy.dimensions.map((d) => d.key);
  const metrics = policy.dimensions.flatMap((d) => d.metrics.map((m) => `${d.key}.${m.key}`));
  const workload = policy.dimensions.flatMap((d) => d.metrics.map((m) => m.key));
  return [...dimensions, ...metrics, ...workload, ...policy.baselines.map((b) => b.position), "top2", "mean"];
}

const domainText: fc.Arbitrary<string> = fc.constantFrom(...policyWords());

/** A cell filled to Excel's limit, CELL_TEXT_LIMIT characters, by repeating `piece`. */
const filled = (piece: string): string => piece.repeat(Math.ceil(CELL_TEXT_LIMIT / piece.length)).slice(0, CELL_TEXT_LIMIT);

const fullCell: fc.Arbitrary<string> = fc
  .oneof(fc.constantFrom("9", "0", "1,000,", " ", "é", "👩‍👩‍👧‍👦", "=1+"), fc.string({ minLength: 1, maxLength: 4, unit: "binary" }))
  .map(filled);

const otherText: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(...HOSTILE_TEXT),
  fc.string({ unit: "grapheme" }),
  fc.string({ unit: "binary" }), // any code point: control characters, lone surrogates
  fullCell,
);

const blankCell: fc.Arbitrary<null | undefined | string> = fc.constantFrom(null, undefined, "", "   ", "\u3000", "\t");

/** What no Excel cell sends but a JavaScript caller might: objects, lists, other runtime types. */
const exoticValue: fc.Arbitrary<unknown> = fc.constantFrom<unknown>(
  {},
  [],
  [[1]],
  { type: "Entity", text: "x" },
  1n,
  Symbol("cell"),
  () => 1,
  new Date(0),
);

/** One cell's value, weighted toward what spreadsheets hold. */
export const cellValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 30, arbitrary: numberCell },
  { weight: 15, arbitrary: numericText },
  { weight: 15, arbitrary: blankCell },
  { weight: 10, arbitrary: domainText },
  { weight: 10, arbitrary: otherText },
  { weight: 5, arbitrary: fc.boolean() },
  { weight: 2, arbitrary: exoticValue },
);

/** Mostly numbers and blanks, as the ranges the functions take (amounts, ratings, dates) mostly are. */
const mostlyNumeric: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 10, arbitrary: numberCell },
  { weight: 3, arbitrary: numericText },
  { weight: 3, arbitrary: blankCell },
  { weight: 1, arbitrary: cellValue },
);

const rectangle = (rows: number, columns: number): fc.Arbitrary<unknown[][]> =>
  fc.array(fc.array(mostlyNumeric, { minLength: columns, maxLength: columns }), { minLength: rows, maxLength: rows });

/**
 * A large range, rows × columns ≤ MAX_RANGE_CELLS, filled by cycling a few generated values (so it
 * costs little to build and shrinks by its description, not cell by cell); ragged when asked.
 */
const largeRange: fc.Arbitrary<unknown[][]> = fc
  .record({
    rows: fc.oneof(fc.constantFrom(1, 2, 3, 316, 1000, 50_000, MAX_RANGE_CELLS), fc.integer({ min: 1, max: MAX_RANGE_CELLS })),
    columns: fc.oneof(fc.constantFrom(1, 2, 100, 316, MAX_RANGE_CELLS), fc.integer({ min: 1, max: 1000 })),
    palette: fc.array(mostlyNumeric, { minLength: 1, maxLength: 6 }),
    ragged: fc.boolean(),
  })
  .map(({ rows, columns, palette, ragged }) => {
    const width = Math.max(1, Math.min(columns, Math.floor(MAX_RANGE_CELLS / rows)));
    let k = 0;
    return Array.from({ length: rows }, (_, r) => Array.from({ length: ragged ? Math.max(0, width - (r % 3)) : width }, () => palette[k++ % palette.length]));
  });

/** A range argument: 0×0, 1×N, N×1, small rectangles, ragged rows, a bare value, a flat list, or up to 100,000 cells. */
export const rangeValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 12, arbitrary: fc.tuple(fc.integer({ min: 0, max: 5 }), fc.integer({ min: 0, max: 5 })).chain(([r, c]) => rectangle(r, c)) },
  { weight: 4, arbitrary: fc.integer({ min: 1, max: 40 }).chain((n) => rectangle(1, n)) },
  { weight: 4, arbitrary: fc.integer({ min: 1, max: 40 }).chain((n) => rectangle(n, 1)) },
  { weight: 3, arbitrary: fc.array(fc.array(mostlyNumeric, { maxLength: 6 }), { maxLength: 6 }) }, // ragged
  { weight: 2, arbitrary: cellValue }, // a single value where a range goes
  { weight: 1, arbitrary: fc.array(cellValue, { maxLength: 6 }) }, // a flat list: rows that are no arrays
  { weight: 1, arbitrary: largeRange },
);

/** Numeric text in the forms people type, English and Chinese (docs/method-notes.md, "Numbers and rounding"). */
const NUMERIC_TEXT_EXAMPLES = ["1,200", "１２００", "１，２００", "85%", "８５％", "85 %", " 3 ", "\u3000３\u3000", "\u22121.5", "-0", "1.2e3", "0.1", ".5"];

/** Every edge value, for a deterministic pass that does not depend on what the generators happen to pick. */
export const EDGE_CELLS: readonly unknown[] = [
  ...EDGE_NUMBERS,
  ...NUMERIC_TEXT_EXAMPLES,
  ...HOSTILE_TEXT,
  filled("9"),
  filled("1,000,"),
  filled("👩‍👩‍👧‍👦"),
  filled("=1+"),
  true,
  false,
  null,
  undefined,
  "",
  "   ",
  {},
  [[1]],
  1n,
];

/** Cells of a range of `rows` × `columns`, filled with `value`. */
const block = (rows: number, columns: number, value: unknown): unknown[][] => Array.from({ length: rows }, () => new Array<unknown>(columns).fill(value));

/** Range shapes at the edges: 0×0, empty rows, 1×N, N×1, ragged, flat, bare, and 100,000 cells. */
export const EDGE_RANGES: readonly unknown[] = [
  [],
  [[]],
  [[], []],
  ...EDGE_CELLS.map((v) => [[v]]),
  [[1, 2, 3, 4]],
  [[1], [2], [3], [4]],
  [[1, 2], [3], [], [4, 5, 6]],
  [1, 2, 3],
  7,
  null,
  block(1, MAX_RANGE_CELLS, 1),
  block(MAX_RANGE_CELLS, 1, null),
  block(316, 316, "x"),
];
