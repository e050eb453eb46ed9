/**
 * docs/security.md, "Hostile review data": hostile data in the review's sources. A rep-period table and a dialer's call log
 * hold formula-looking text in ids, names and comments, 32,767-character cells (Excel's limit),
 * every control character U+0000-U+001F, emoji and right-to-left names, and months that would make
 * an invalid sheet name. The review (a month, live and values only, and regenerated) and the call
 * log's rep-data sheet are generated in the emulated workbook; every text reads back, as values
 * and as formulas, as exactly the text it was; no cell holds a formula made from data; nothing is
 * executed. What is kept and what is changed is documented in docs/security.md, "Hostile review data".
 */
import { reasonText } from "../../src/engine/review/reviewRows";
import { parsePeriod } from "../../src/engine/review/period";
import { safeText } from "../../src/engine/review/reviewLayout";
import { importCallLog } from "../../src/taskpane/review/excel/callLogImport";
import { TABLE_TOP } from "../../src/taskpane/review/plan/reviewPlan";
import { generateReview } from "../../src/taskpane/review/excel/reviewSheet";
import { rect } from "../../src/engine/sheet/address";
import type { Sheet } from "../../src/workbench/excel/sheet";
import { HEADERS, JULY_COLUMNS, reviewRows, type Row } from "../taskpane/review/fixtures";
import { addressOf, reviewWorkbook, type TestWorkbook } from "../taskpane/review/reviewHarness";

const SHEET = "Review 2026-07";

/** Text Excel would read as a formula if written as it is, with the CSV-injection prefixes tab and carriage return. */
const FORMULA_LIKE = ['=HYPERLINK("http://x","y")', "+1", "-2", "@SUM(A1)", "=1+1", "\t=cmd", "\r=x"];
/** Names of Excel's longest cell text, 32,767 characters: a plain one, and one that looks like a formula. */
const LONGEST = `L${"o".repeat(32_765)}n`;
const LONGEST_FORMULA = `=${"1+".repeat(16_383)}`;
/** Every control character, U+0000 to U+001F, inside a name; and one leading a name. */
const CONTROLS = Array.from({ length: 32 }, (_, c) => String.fromCharCode(c)).join("");
const WITH_CONTROLS = `Ctl${CONTROLS}end`;
const LEADING_CONTROL = "\u0007Bell";
const SCRIPTS = ["مريم", "דוד", "👩‍💼 Li", "\u200FAli"];
const NAMES = [...FORMULA_LIKE, LONGEST, LONGEST_FORMULA, WITH_CONTROLS, LEADING_CONTROL, ...SCRIPTS];

/**
 * What a review shows of an id or a name: the text with its surrounding whitespace (spaces, tabs,
 * line breaks) dropped, as every text field of the source is read (src/engine/input.ts readText),
 * so "\t=cmd" shows "=cmd", as text. The one other change: a 32,767-character text that needs the
 * apostrophe to stay text loses its last character, as the apostrophe and the text together may
 * not pass Excel's 32,767 (safeText).
 */
const shown = (text: string): string => (text === LONGEST_FORMULA ? LONGEST_FORMULA.slice(0, 32_766) : text.trim());

/** Months that would make an invalid sheet name if a name were made of them (Excel refuses / : [ ] * in sheet names). */
const BAD_MONTHS = ["2026/07", "2026:07", "[2026-07]", "2026-07*"];

const numbers = (i: number): (number | null)[] => [1800 - i * 10, 1500, 120, 21, 0, 90000 + i, 80000, 50000, null, null, null, 40000, 90, 4, 4, 4, null];

/** Rep i's id: the next formula-like text (so that id and name differ), then "0012i", which Excel would read as a number. */
const IDS = NAMES.map((_, i) => (i < FORMULA_LIKE.length ? FORMULA_LIKE[(i + 1) % FORMULA_LIKE.length] : `0012${i}`));

/** The rep-period rows: rep i is IDS[i], NAMES[i], in July; then one rep for each of BAD_MONTHS, with a formula-like name. */
function hostileRows(names: readonly string[] = NAMES, ids: readonly string[] = IDS): Row[] {
  const reps = names.map((name, i): Row => [ids[i], name, "Junior", "2026-07", ...numbers(i)]);
  const months = BAD_MONTHS.map((month, i): Row => [`M${i}`, `-M${i}`, "Junior", month, ...numbers(i)]);
  return [...reps, ...months];
}

/**
 * A workbook whose "Data" sheet holds `rows` as an export pasted as text would: the id, name,
 * position and month columns formatted Text (@), so every string is the cell's text as it is (a
 * leading apostrophe would not fit in a 32,767-character cell). Made the table RepData.
 */
async function sourceWorkbook(rows: Row[]): Promise<TestWorkbook> {
  const wb = await reviewWorkbook({ Data: [HEADERS] });
  const sheet = wb.sheet("Data");
  wb.workbook.writeNumberFormat(sheet, rect(1, 0, rows.length, 4), rows.map(() => ["@", "@", "@", "@"]));
  wb.workbook.write(sheet, rect(1, 0, rows.length, HEADERS.length), rows.map((r) => r.map((v) => v ?? "")));
  wb.workbook.endBatch();
  wb.table(`Data!A1:U${rows.length + 1}`, "RepData");
  return wb;
}

const generate = (mode: "live" | "values", period = "2026-07") =>
  generateReview({ source: { kind: "table", name: "RepData" }, period, mode, locale: "en", user: "=cmd|' /C calc'!A0" });

/** Every formula cell of a sheet, by A1 address. */
function formulaCells(wb: TestWorkbook, sheet: Sheet): Map<string, string> {
  const used = wb.workbook.usedArea(sheet)!;
  const found = new Map<string, string>();
  for (let r = used.row; r < used.row + used.rows; r++) {
    for (let c = used.col; c < used.col + used.cols; c++) {
      const formula = wb.workbook.cell(sheet, r, c).formula;
      if (formula !== undefined) found.set(addressOf(sheet.name, r, c), formula);
    }
  }
  return found;
}

/** Every cell of a sheet whose value or formula is `text`. */
function cellsHolding(wb: TestWorkbook, sheet: Sheet, text: string): string[] {
  const used = wb.workbook.usedArea(sheet)!;
  const values = wb.workbook.values(sheet, used);
  const formulas = wb.workbook.formulas(sheet, used);
  return values.flatMap((line, i) => line.flatMap((v, j) => (v === text || formulas[i][j] === text ? [addressOf(sheet.name, used.row + i, used.col + j)] : [])));
}

describe.each(["live", "values"] as const)("a review made from hostile data (%s)", (mode) => {
  let wb: TestWorkbook;
  let outcome: Awaited<ReturnType<typeof generate>>;
  beforeAll(async () => {
    wb = await sourceWorkbook(hostileRows());
    outcome = await generate(mode);
  });

  it("is generated, on a sheet named for the period, with the rows of unreadable months listed", () => {
    // NAMES.length reps in July, and the "2026/07" rep (a month written year/month); the other three months cannot be read.
    expect(outcome).toMatchObject({ sheetName: SHEET, reps: NAMES.length + 1 });
    expect(outcome.unscorable.map((u) => [u.repId, u.repName])).toEqual([["M1", "-M1"], ["M2", "-M2"], ["M3", "-M3"]]);
    outcome.unscorable.forEach((u, i) => expect(reasonText(u.reasons, "en")).toContain(`"${BAD_MONTHS[i + 1]}" is not a month`));
  });

  it("shows every id and name as the text it was, as values and as formulas, and runs none of them", () => {
    const expected = [...NAMES.map((name, i) => [shown(IDS[i]), shown(name)]), ["M0", "-M0"]];
    const values = reviewRows(wb, SHEET, expected.length).map((r) => [r.repId, r.repName]);
    const typed = reviewRows(wb, SHEET, expected.length, "formulas").map((r) => [r.repId, r.repName]);
    expect(values).toEqual(expected);
    expect(typed).toEqual(expected);
    // Nothing ran: "=1+1" is not 2, "+1" and "-2" are not numbers, "@SUM(A1)" is no sum, the link is no link.
    expect(values.flat().every((v) => typeof v === "string")).toBe(true);
    expect(values[0]).toEqual(["+1", '=HYPERLINK("http://x","y")']);
    expect(values[1]).toEqual(["-2", "+1"]);
    expect(values[3]).toEqual(["=1+1", "@SUM(A1)"]);
    expect(values[4]).toEqual(["=cmd", "=1+1"]);
    expect(values[7][1]).toHaveLength(32_767);
  });

  it("lists the unreadable rows' ids, names and reasons as text", () => {
    const sheet = wb.sheet(SHEET);
    for (const text of ["-M1", "-M2", "-M3", ...outcome.unscorable.map((u) => reasonText(u.reasons, "en"))]) {
      expect(cellsHolding(wb, sheet, text).length).toBeGreaterThan(0);
    }
    // The user's name, written in the header block, is text too.
    expect(cellsHolding(wb, sheet, "=cmd|' /C calc'!A0")).toEqual([addressOf(SHEET, 3, 1)]);
  });

  it("holds no formula made from data: the same formulas, cell for cell, as a review of plain names (none in values only)", async () => {
    const formulas = formulaCells(wb, wb.sheet(SHEET));
    if (mode === "values") {
      expect([...formulas]).toEqual([]);
      return;
    }
    const plain = await sourceWorkbook(hostileRows(NAMES.map((_, i) => `Rep ${i}`), NAMES.map((_, i) => `R${i}`)));
    await generate(mode);
    expect(formulas).toEqual(formulaCells(plain, plain.sheet(SHEET)));
    // ...and they are TeleScore's own: in the score columns, never in the id, name, position, comment or sign-off columns.
    expect(formulas.size).toBeGreaterThan(0);
    const textColumns = ["repId", "repName", "position", "comment", "signedOff"].map((k) => JULY_COLUMNS.findIndex((c) => c.key === k));
    for (const c of textColumns) {
      for (let r = TABLE_TOP; r <= TABLE_TOP + NAMES.length + 1; r++) expect(wb.workbook.cell(wb.sheet(SHEET), r, c).formula).toBeUndefined();
    }
    // A live month's period cell is the data-row check over cell references (docs/review.md, 4.3), never the data's text.
    const period = JULY_COLUMNS.findIndex((c) => c.key === "period");
    const checks = Array.from({ length: NAMES.length }, (_, i) => wb.workbook.cell(wb.sheet(SHEET), TABLE_TOP + 1 + i, period).formula).filter((f) => f !== undefined);
    expect(checks.length).toBeGreaterThan(0);
    for (const formula of checks) {
      expect(formula).toMatch(/^=TELE\.SOURCE_ROW\("\d{4}-\d{2}",(Data!\$[A-Z]+\$\d+|[A-Z]+\d+)(,(Data!\$[A-Z]+\$\d+|[A-Z]+\d+))*\)$/);
    }
  });
});

describe("safeText at Excel's cell limit", () => {
  it("keeps the text whole up to 32,767 characters with its apostrophe, and never cuts an emoji in half", () => {
    expect(safeText(LONGEST)).toBe(LONGEST);
    const digits = "1".repeat(32_766);
    expect(safeText(digits)).toBe(`'${digits}`); // 1 + 32,766 = 32,767
    expect(safeText(LONGEST_FORMULA)).toBe(`'${LONGEST_FORMULA.slice(0, 32_766)}`);
    // "=" + 32,764 x + "👩" (2 UTF-16 units) = 32,767 units; the apostrophe makes 32,768; cut to 32,767, the last unit is
    // the emoji's first half, so it goes too: the apostrophe, "=" and the 32,764 x, 32,766 units.
    const emoji = `=${"x".repeat(32_764)}👩`;
    expect(safeText(emoji)).toBe(`'=${"x".repeat(32_764)}`);
  });
});

describe("regenerating a review over hostile comments", () => {
  it("keeps every comment, and a removed rep's row, as the text it was", async () => {
    const wb = await sourceWorkbook(hostileRows());
    await generate("live");
    const comment = JULY_COLUMNS.findIndex((c) => c.key === "comment");
    // A manager types comments on the first reps: the formula-like ones with an apostrophe, as Excel needs (the apostrophe
    // is not kept). Not the 32,767-character formula: with its apostrophe it is more than a person can type into a cell.
    const COMMENTS = NAMES.filter((n) => n !== LONGEST_FORMULA);
    wb.put(addressOf(SHEET, TABLE_TOP + 1, comment, COMMENTS.length, 1), COMMENTS.map((c) => [/^\p{L}/u.test(c) ? c : `'${c}`]));
    expect(reviewRows(wb, SHEET, COMMENTS.length).map((r) => r.comment)).toEqual(COMMENTS);

    // The rep named with the link (id "+1") leaves the data; the review is made again.
    wb.put("Data!A2:U2", [new Array(HEADERS.length).fill(null)]);
    const again = await generate("live");
    expect(again.kept).toEqual([{ repId: "+1", repName: FORMULA_LIKE[0], reason: "removed" }]);
    const rows = NAMES.length; // the review is updated in place: every row where it was, the kept rep's included
    const values = reviewRows(wb, SHEET, rows);
    const typed = reviewRows(wb, SHEET, rows, "formulas");
    // Each rep in their row, each with their comment exactly as typed; the kept rep stays in the first row.
    const expected = [...COMMENTS, ...new Array<string>(rows - COMMENTS.length).fill("")];
    expect(values.map((r) => r.comment)).toEqual(expected);
    expect(typed.map((r) => r.comment)).toEqual(expected);
    expect([values[0].repId, values[0].repName, typed[0].repId, typed[0].repName]).toEqual(["+1", FORMULA_LIKE[0], "+1", FORMULA_LIKE[0]]);
  });
});

describe("months that would make an invalid sheet name", () => {
  it("as the period asked for: read as the month they name, or refused with a message before anything is written", async () => {
    const wb = await sourceWorkbook(hostileRows());
    const outcome = await generate("values", "2026/07");
    expect(outcome.sheetName).toBe(SHEET);
    for (const bad of ["2026:07", "[2026-07]", "2026-07*"]) {
      expect(() => parsePeriod(bad)).toThrow(`"${bad}" is not a month for the review period`);
      await expect(generate("values", bad)).rejects.toThrow(`"${bad}" is not a month for the review period`);
    }
    expect(wb.sheetNames()).toEqual(["Data", SHEET]);
  });
});

describe("a call log with hostile agents and dates", () => {
  it("becomes a rep-data sheet whose agents read back as the text they were, with no formula; unreadable dates are listed", async () => {
    const AGENTS = NAMES;
    const log = [
      ["Agent", "Call date", "Answered", "Talk duration", "Satisfaction rating"],
      ...AGENTS.map((agent) => [agent, "2026-07-06", "Y", 60, 5]),
      ...BAD_MONTHS.map((date, i) => [`=${i}*${i}`, date, "Y", 60, 5]),
    ];
    const wb = await reviewWorkbook({ Log: [log[0]] });
    const sheet = wb.sheet("Log");
    wb.workbook.writeNumberFormat(sheet, rect(1, 0, log.length - 1, 2), log.slice(1).map(() => ["@", "@"]));
    wb.workbook.write(sheet, rect(1, 0, log.length - 1, 5), log.slice(1));
    wb.workbook.endBatch();

    const result = await importCallLog({ source: { kind: "range", address: `Log!A1:E${log.length}` }, locale: "en" });
    // "2026/07" names July (the 1st is assumed); the other three are no dates. Log rows: header 1, agents 2.., bad dates after.
    expect(result).toMatchObject({ sheetName: "Rep data 2026-07", months: ["2026-07"], rows: AGENTS.length + 1 });
    const firstBad = AGENTS.length + 2;
    expect(result.problems.map((p) => p.row)).toEqual([firstBad + 1, firstBad + 2, firstBad + 3]);

    const data = wb.sheet(result.sheetName);
    const agents = (what: "values" | "formulas") => wb[what](`'${result.sheetName}'!A2:A${AGENTS.length + 2}`).map((r) => r[0]);
    const expected = [...AGENTS.map(shown), "=0*0"];
    expect(agents("values")).toEqual(expected);
    expect(agents("formulas")).toEqual(expected);
    expect([...formulaCells(wb, data)]).toEqual([]);
    for (const p of result.problems) expect(cellsHolding(wb, data, p.error.message)).toHaveLength(1);
  });
});
