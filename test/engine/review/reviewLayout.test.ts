import "../../support/customFunctionsGlobal";
import { join } from "path";
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";
import { HyperFormula, type RawCellContent } from "hyperformula";
import type { CellValue } from "../../../src/engine/input";
import { defaultPolicy, type Policy } from "../../../src/engine/policy";
import { resetPolicyStoreForTests, setPolicy } from "../../../src/engine/policyStore";
import type { FieldKey } from "../../../src/engine/review/fields";
import { mapHeaders } from "../../../src/engine/review/headerMapping";
import { parsePeriod } from "../../../src/engine/review/period";
import { columnUnits, readRecords, type SourceTable } from "../../../src/engine/review/records";
import {
  columnLetter,
  liveRow,
  reviewColumns,
  reviewSheetName,
  safeText,
  valueRow,
  type LiveContext,
  type ReviewColumn,
} from "../../../src/engine/review/reviewLayout";
import { buildReview } from "../../../src/engine/review/reviewRows";
import * as functions from "../../../src/functions/functions";
import { registerCustomFunctions, type CustomFunctionImplementation, type CustomFunctionsMetadata } from "../../../src/workbench/teleFormulaPlugin";

const policy = defaultPolicy();

const HEADERS = [
  "Rep ID", "Name", "Position", "Month", "Calls", "Talk time (min)", "Customers", "Workdays", "Leave days", "Revenue",
  "Sales target", "Cost", "Refunds", "After-sales cost", "Complaint cost", "Profit target", "CSAT %", "Team building",
  "Customer service", "Sales skills", "Quality score",
];
// Data!A.. in HEADERS order; data rows from sheet row 2
const DATA: CellValue[][] = [
  ["E001", "Ann", "Junior", "2026-07", 1800, 1200, 150, 22, 0, 100000, 80000, 60000, 1000.5, 500.25, 0, 40000, 90, 4, 5, 3, null],
  ["=cmd|' /C calc'!A0", "-Bob", "Senior", "2026-07", 1000, 900, 80, 20, 5, 50000, 100000, 45000, null, null, null, 10000, 72, null, null, null, null],
  ["E008", "Hal", "Junior", "2026-07", 900, null, null, 20, 15, 80000, 80000, null, null, null, null, null, null, null, null, null, null],
];

const table = (rows: CellValue[][], headers = HEADERS, numberFormats?: string[]): SourceTable => ({ headers, rows, firstRow: 2, numberFormats });

function monthReview(t: SourceTable, p: Policy = policy) {
  const mapping = mapHeaders(t.headers);
  const { records, problems } = readRecords(t, mapping);
  return { mapping, report: buildReview(records, p, parsePeriod("2026-07"), problems) };
}

const sourceOf =
  (mapping: ReturnType<typeof mapHeaders>) =>
  (field: FieldKey, index: number): string | null => {
    const col = mapping.columns[field];
    return col === undefined ? null : `Data!${columnLetter(col)}${index + 2}`;
  };

describe("columns", () => {
  it("lays out identity, each metric's actual/target/points, dimensions, total and the manager's cells", () => {
    const cols = reviewColumns(policy, parsePeriod("2026-07"));
    // 4 identity + presence + 9 metrics × 3 + 3 dimensions + total, grade, rank, missing, comment, signed off
    expect(cols).toHaveLength(4 + 1 + 27 + 3 + 6);
    expect(cols.slice(0, 8).map((c) => c.key)).toEqual(["repId", "repName", "position", "period", "presence", "calls.actual", "calls.target", "calls.points"]);
    expect(cols.slice(-9).map((c) => c.key)).toEqual([
      "dimension.workload", "dimension.sales", "dimension.initiatives", "total", "grade", "rank", "missing", "comment", "signedOff",
    ]);
    const byKey = (k: string): ReviewColumn => cols.find((c) => c.key === k)!;
    expect(byKey("calls.target").header).toEqual({ en: "Calls dialed – baseline", zh: "呼出量基准", "zh-Hant": "外撥通數基準數" });
    expect(byKey("revenue.target").header).toEqual({ en: "Revenue – target", zh: "销售额目标", "zh-Hant": "銷售額目標" });
    expect(byKey("dimension.sales").header).toEqual({ en: "Sales results score", zh: "销售业绩得分", "zh-Hant": "銷售業績得分" });
    expect(byKey("calls.actual").numberFormat).toBe("#,##0");
    expect(byKey("revenue.actual").numberFormat).toBe("#,##0.00");
    expect(byKey("satisfaction.actual").numberFormat).toBe('0.0"%"');
    expect(byKey("calls.points").numberFormat).toBe("0.0");
    expect(byKey("total").numberFormat).toBe("0.0");
    expect(byKey("presence").numberFormat).toBe("0%");
    expect(cols.filter((c) => c.manual).map((c) => c.key)).toEqual(["comment", "signedOff"]);
  });

  it("has a quality column instead of presence for a quarter, and sums of targets", () => {
    const cols = reviewColumns(policy, parsePeriod("2026-Q3"));
    expect(cols[4].key).toBe("quality");
    expect(cols.some((c) => c.key === "presence")).toBe(false);
    expect(cols.find((c) => c.key === "calls.target")!.header.en).toBe("Calls dialed – target");
  });

  it("heads a metric whose label has no Traditional name by its Simplified name, with Traditional words around it", () => {
    const custom = defaultPolicy();
    custom.dimensions[1]!.label = { en: "Sales results", zh: "销售业绩" };
    custom.dimensions[1]!.metrics[0]!.label = { en: "Revenue", zh: "销售额", "zh-Hant": " " };
    const byKey = (k: string): ReviewColumn => reviewColumns(custom, parsePeriod("2026-07")).find((c) => c.key === k)!;
    expect(byKey("revenue.actual").header["zh-Hant"]).toBe("销售额實際");
    expect(byKey("dimension.sales").header["zh-Hant"]).toBe("销售业绩得分");
    expect(byKey("calls.points").header["zh-Hant"]).toBe("外撥通數得分");
  });

  it("names the sheet for the period", () => {
    expect(reviewSheetName(parsePeriod("2026-07"), "en")).toBe("Review 2026-07");
    expect(reviewSheetName(parsePeriod("2026-Q3"), "zh")).toBe("考核 2026-Q3");
  });

  it("letters columns like Excel", () => {
    expect([0, 25, 26, 51, 52, 701, 702].map(columnLetter)).toEqual(["A", "Z", "AA", "AZ", "BA", "ZZ", "AAA"]);
  });
});

describe("safeText", () => {
  it("keeps formula-looking text as text", () => {
    for (const s of ["=1+1", "+86 138", "-Bob", "@SUM(A1)", "\t=1", "\r=1", "\n=1", "=cmd|' /C calc'!A0", " =1+1", "＝1+1"]) {
      expect(safeText(s)).toBe(`'${s}`);
    }
  });

  it("keeps text Excel would read as a number, date, boolean or error as text", () => {
    for (const s of ["00123", "2026-07", "1/2", "85%", "TRUE", "false", "#N/A", "'quoted", "May 5", "Jul-2026"]) {
      expect(safeText(s)).toBe(`'${s}`);
    }
  });

  it("leaves plain names alone", () => {
    for (const s of ["Ann", "张三", "Mary-Ann O'Neil", "May Chen", "E001", "calls, revenue", ""]) {
      expect(safeText(s)).toBe(s);
    }
  });
});

describe("values-only rows", () => {
  const { report } = monthReview(table(DATA));
  const cols = reviewColumns(policy, parsePeriod("2026-07"));
  const at = (cells: unknown[], key: string) => cells[cols.findIndex((c) => c.key === key)];

  it("writes numbers as computed, blanks as empty, text made safe, manual cells untouched", () => {
    const [ann, bob, hal] = report.rows.map((r) => valueRow(cols, r));
    expect([at(ann, "repId"), at(ann, "repName"), at(ann, "period"), at(ann, "presence")]).toEqual(["E001", "Ann", "'2026-07", 1]);
    expect([at(ann, "calls.actual"), at(ann, "calls.target"), at(ann, "calls.points")]).toEqual([1800, 1800, 100]);
    expect([at(ann, "net_profit.actual"), at(ann, "grade"), at(ann, "rank"), at(ann, "missing")]).toEqual([38499.25, "A", 1, ""]);
    expect(at(ann, "total")).toBe(report.rows[0].total);
    expect([at(ann, "comment"), at(ann, "signedOff")]).toEqual([null, null]);
    // a formula in the id and a name starting with "-" stay text
    expect([at(bob, "repId"), at(bob, "repName")]).toEqual(["'=cmd|' /C calc'!A0", "'-Bob"]);
    expect([at(bob, "team_building.actual"), at(bob, "team_building.points"), at(bob, "dimension.initiatives")]).toEqual(["", "", ""]);
    expect(at(hal, "missing")).toBe("Calls dialed, Talk minutes, Customers handled, Net profit, Customer satisfaction (CSAT %), Team building, Customer service, Sales skills");
    expect(valueRow(cols, report.rows[2], "zh")[cols.findIndex((c) => c.key === "missing")]).toMatch(/^[^a-z_]*$/);
  });
});

describe("live rows", () => {
  const { mapping, report } = monthReview(table(DATA));
  const cols = reviewColumns(policy, parsePeriod("2026-07"));
  const ctx: LiveContext = { sheetRow: 5, firstRow: 5, lastRow: 7, source: sourceOf(mapping) };
  const ann = liveRow(cols, report.rows[0], policy, ctx);
  const at = (key: string) => ann[cols.findIndex((c) => c.key === key)];

  it("writes TELE formulas over the source cells", () => {
    // review columns: A id, B name, C position, D period, E presence, F..H calls, I..K talk, L..N customers,
    // O..Q revenue, R..T net profit, U..W CSAT, X..Z team building, AA..AC service, AD..AF skills,
    // AG..AI dimensions, AJ total, AK grade, AL rank, AM missing. Source: Data!A.. in HEADERS order, Ann in row 2.
    // The period cell checks that the data row still holds Ann and July; each cell that reads the data reads it only while it does.
    expect(at("period")).toBe('=TELE.SOURCE_ROW("2026-07",Data!D2,A5,B5,Data!A2,Data!B2)');
    expect(at("presence")).toBe('=IF(LEN(D5),IF(Data!H2="","",(Data!H2-IF(Data!I2="",0,Data!I2))/Data!H2))');
    expect(at("calls.actual")).toBe('=IF(LEN(D5),IF(Data!E2="","",Data!E2))');
    expect(at("calls.target")).toBe('=IF(LEN(D5),TELE.BASELINE("calls",Data!C2,7))');
    expect(at("calls.points")).toBe("=TELE.MONTH_SCORE(F5,G5,Data!H2,Data!I2)");
    expect([at("revenue.actual"), at("revenue.target"), at("revenue.points")]).toEqual([
      '=IF(LEN(D5),IF(Data!J2="","",Data!J2))',
      '=IF(LEN(D5),IF(Data!K2="","",Data!K2))',
      "=TELE.SALES_SCORE(O5,P5)",
    ]);
    expect([at("net_profit.actual"), at("net_profit.points")]).toEqual(["=IF(LEN(D5),TELE.NET_PROFIT(Data!J2,Data!L2,Data!M2,Data!N2,Data!O2))", "=TELE.PROFIT_SCORE(R5,S5)"]);
    expect([at("satisfaction.target"), at("satisfaction.points")]).toEqual([90, "=TELE.MONTH_SCORE(U5,V5)"]);
    expect([at("team_building.target"), at("team_building.points")]).toEqual([5, '=IF(X5="","",100*X5/Y5)']);
    expect(at("dimension.workload")).toBe(
      '=IF(AND(H5="",K5="",N5=""),"",(IF(H5="",0,H5*TELE.WEIGHT("workload.calls"))+IF(K5="",0,K5*TELE.WEIGHT("workload.talk_minutes"))' +
        '+IF(N5="",0,N5*TELE.WEIGHT("workload.customers")))/((H5<>"")*TELE.WEIGHT("workload.calls")+(K5<>"")*TELE.WEIGHT("workload.talk_minutes")' +
        '+(N5<>"")*TELE.WEIGHT("workload.customers")))',
    );
    expect([at("total"), at("grade"), at("rank")]).toEqual(["=TELE.TOTAL_SCORE(AG5,AH5,AI5)", "=TELE.GRADE(AJ5)", '=IF(ISNUMBER(AJ5),RANK.EQ(AJ5,$AJ$5:$AJ$7),"")']);
    expect(at("missing")).toMatch(/^=TEXTJOIN\(", ",TRUE\(\),IF\(H5="","Calls dialed",""\),IF\(K5="","Talk minutes",""\),/);
    expect([at("repName"), at("comment")]).toEqual(["Ann", null]);
  });

  it("converts talk seconds and CSAT fractions, and leaves out unmapped money columns", () => {
    const row = liveRow(cols, report.rows[0], policy, {
      ...ctx,
      units: { duration: { talkMinutes: "seconds" }, fraction: { satisfaction: true } },
      source: (f, i) => (f === "refunds" || f === "complaintCost" ? null : sourceOf(mapping)(f, i)),
    });
    const cell = (key: string) => row[cols.findIndex((c) => c.key === key)];
    // Text typed as h:mm:ss is a time, text typed with % is in % points: as records.ts reads them.
    expect(cell("talk_minutes.actual")).toBe('=IF(LEN(D5),IF(Data!F2="","",IF(ISNUMBER(SEARCH(":",Data!F2)),Data!F2*1440,Data!F2/60)))');
    expect(cell("satisfaction.actual")).toBe('=IF(LEN(D5),IF(Data!Q2="","",IF(ISNUMBER(SEARCH("%",Data!Q2)),100*Data!Q2,Data!Q2*100)))');
    expect(cell("net_profit.actual")).toBe("=IF(LEN(D5),TELE.NET_PROFIT(Data!J2,Data!L2,,Data!N2))");
  });

  it("expresses a policy's cap and floor, and falls back to the value for a rule the functions cannot express", () => {
    const custom = defaultPolicy();
    const calls = custom.dimensions[0].metrics[0];
    calls.cap = 1.5;
    calls.floor = 0.6;
    custom.dimensions[1].metrics[2].direction = "lower"; // satisfaction, lower is better (no TELE function takes a direction)
    const r = monthReview(table(DATA), custom);
    const customCols = reviewColumns(custom, parsePeriod("2026-07"));
    const row = liveRow(customCols, r.report.rows[0], custom, { ...ctx, source: sourceOf(r.mapping) });
    const cell = (key: string) => row[customCols.findIndex((c) => c.key === key)];
    const inner = "TELE.MONTH_SCORE(F5,G5,Data!H2,Data!I2,1.5)";
    expect(cell("calls.points")).toBe(`=IF(${inner}="","",IF(${inner}<60,0,${inner}))`);
    // CSAT 90 vs 90, lower is better: 2 − 90/90 = 1 -> 100, written as the number
    expect(cell("satisfaction.points")).toBe(100);
  });
});

// The live sheet, evaluated by a real formula engine with the TELE functions, must show what the
// values-only snapshot shows: same engine, two routes (formulas over cells vs the review computation).
describe("live and values-only agree when evaluated", () => {
  let unregister: () => void;

  beforeAll(async () => {
    const generated = await generateCustomFunctionsMetadata(join(__dirname, "../../../src/functions/functions.ts"));
    const metadata = JSON.parse(generated.metadataJson) as CustomFunctionsMetadata;
    const exported = functions as unknown as Record<string, CustomFunctionImplementation>;
    unregister = registerCustomFunctions(metadata, Object.fromEntries(generated.associate.map(({ id, functionName }) => [id, exported[functionName]])));
  });
  afterAll(() => unregister());
  beforeEach(() => {
    resetPolicyStoreForTests();
    setPolicy(defaultPolicy());
  });

  /** Builds Data and Review sheets (review rows from sheet row 2) and returns each live row as evaluated. */
  function evaluate(t: SourceTable, period: string) {
    const mapping = mapHeaders(t.headers);
    const { records, problems } = readRecords(t, mapping);
    const report = buildReview(records, policy, parsePeriod(period), problems);
    const cols = reviewColumns(policy, parsePeriod(period));
    const live = report.rows.map((row, i) =>
      liveRow(cols, row, policy, { sheetRow: i + 2, firstRow: 2, lastRow: report.rows.length + 1, source: sourceOf(mapping), units: columnUnits(t, mapping) }),
    );
    const hf = HyperFormula.buildFromSheets(
      {
        // Text as Excel holds it: a cell of the data whose text starts with "=" is text, not a formula.
        Data: [t.headers, ...t.rows.map((r) => r.map((v) => (typeof v === "string" && v.startsWith("=") ? `'${v}` : v)))] as RawCellContent[][],
        Review: [cols.map((c) => c.header.en), ...live.map((cells) => cells.map((c) => (c === null ? null : c)))] as RawCellContent[][],
      },
      { licenseKey: "gpl-v3" },
    );
    const sheet = hf.getSheetId("Review")!;
    const shown = live.map((cells, r) => cells.map((_, c) => hf.getCellValue({ sheet, row: r + 1, col: c })));
    const values = report.rows.map((row) => valueRow(cols, row));
    hf.destroy();
    return { cols, shown, values, report };
  }

  /** Compares every evaluated cell with the snapshot; rank is RANK.EQ, which HyperFormula lacks, so it is left out. */
  function expectSame({ cols, shown, values }: ReturnType<typeof evaluate>) {
    shown.forEach((cells, r) =>
      cells.forEach((got, c) => {
        const key = cols[c].key;
        const want = values[r][c];
        if (key === "rank" || want === null) return;
        const where = `row ${r}, ${key}`;
        if (typeof want === "number") expect([where, got]).toEqual([where, expect.closeTo(want, 7)]);
        else expect([where, got]).toEqual([where, want.replace(/^'/, "")]); // HyperFormula, like Excel, drops the text prefix
      }),
    );
  }

  it("for a month", () => {
    const result = evaluate(table(DATA), "2026-07");
    expect(result.report.rows).toHaveLength(3);
    expectSame(result);
  });

  it("for a month with talk time in seconds and CSAT as percentages", () => {
    const headers = HEADERS.map((h) => (h === "Talk time (min)" ? "通话时长(秒)" : h));
    const rows = DATA.map((r) => r.map((v, c) => (v !== null && c === 5 ? (v as number) * 60 : v !== null && c === 16 ? (v as number) / 100 : v)));
    const formats = HEADERS.map((h) => (h === "CSAT %" ? "0%" : "General"));
    const t = table(rows, headers, formats);
    expect(columnUnits(t, mapHeaders(headers))).toEqual({ duration: { talkMinutes: "seconds" }, fraction: { satisfaction: true } });
    const result = evaluate(t, "2026-07");
    // the snapshot read 72,000 s as 1,200 min and 0.9 as 90 %
    expect(result.report.rows[0].metrics.find((m) => m.key === "talk_minutes")!.actual).toBe(1200);
    expect(result.report.rows[0].metrics.find((m) => m.key === "satisfaction")!.actual).toBe(90);
    expectSame(result);
  });

  it("for a quarter with the quality blend", () => {
    const q = [
      ...DATA,
      ["E001", "Ann", "Junior", "2026-08", 1500, 1300, 100, 20, 4, 60000, 80000, 50000, null, null, null, 40000, 80, 5, 4, null, 80],
      ["E001", "Ann", "Junior", "2026-09", 2000, null, null, 21, 15, 90000, 80000, 70000, null, null, null, 40000, null, 3, null, 4, null],
    ];
    const result = evaluate(table(q), "2026-Q3");
    expect(result.report.rows.map((r) => r.quality)).toEqual([80, null, null]);
    expectSame(result);
  });
});
