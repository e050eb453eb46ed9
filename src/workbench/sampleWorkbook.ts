/**
 * The workbook the workbench opens with: a made-up outbound sales team of 24 reps (13 Junior,
 * 8 Senior, 3 Team Lead) over July to September 2026, and a sheet of TELE formulas a manager
 * would type over it. Generated in code from a fixed seed, so it is the same on every start and
 * in every test.
 *
 * "Rep data" holds the table RepData (A1:T73): one row per rep and month, months in order, with
 * the column headers the review's header mapping recognises (src/engine/review/fields.ts).
 * Volumes follow each position's default baseline (src/engine/policy.ts) times the rep's own
 * level (0.8 to 1.2) times a monthly ±8 %, prorated by the days present; revenue follows the
 * position's sales target the same way; cost is 58–64 % of revenue, after-sales cost 1–3 %;
 * CSAT is a fraction shown as a percentage; ratings are whole numbers 1–5 (2 to 5 by level, ±1). On purpose:
 * - leave: Wang Fang 3 days in July, Zhou Jie 12 of 21 days in August (below the policy's
 *   minimum presence of 50 %, so that month is not scored), Song Yang 1 day in August, Guo Jia
 *   5 days in September;
 * - missing values (blank cells): Liu Yang's August talk minutes, He Xin's July sales-skills
 *   rating, Ma Chao's September customers, Lin Na's September CSAT;
 * - refunds: Hu Bin 4,800.00 in August, Chen Jing 650.00 in September; a complaint cost:
 *   Zhao Lei 300.00 in July.
 * Workdays are the month's weekdays (Monday to Friday).
 */
import { rect } from "../engine/sheet/address";
import { countWorkdays, dateToSerial } from "../engine/workdays";
import type { CellContent, SheetContent, WorkbookContent } from "./workbookContent";

type Position = "Junior" | "Senior" | "Team Lead";

const TEAM: readonly { id: string; name: string; position: Position }[] = [
  ...["Li Wei", "Wang Fang", "Zhang Min", "Liu Yang", "Chen Jing", "Yang Fan", "Zhao Lei", "Huang Ting", "Zhou Jie", "Wu Hao", "Xu Li", "Sun Qiang", "Ma Chao"].map(
    (name) => ({ name, position: "Junior" as const }),
  ),
  ...["Zhu Lin", "Hu Bin", "Guo Jia", "He Xin", "Lin Na", "Luo Gang", "Gao Xue", "Liang Chen"].map((name) => ({ name, position: "Senior" as const })),
  ...["Song Yang", "Zheng Hao", "Xie Min"].map((name) => ({ name, position: "Team Lead" as const })),
].map((rep, i) => ({ ...rep, id: `TS${1001 + i}` }));

const MONTHS = [7, 8, 9].map((month) => ({ year: 2026, month }));

/** The default policy's monthly baselines, and the team's targets per position (money in yuan). */
const PLAN: Record<Position, { calls: number; talkMinutes: number; customers: number; salesTarget: number; profitTarget: number }> = {
  Junior: { calls: 1800, talkMinutes: 1500, customers: 120, salesTarget: 60_000, profitTarget: 15_000 },
  Senior: { calls: 2000, talkMinutes: 1800, customers: 160, salesTarget: 90_000, profitTarget: 22_500 },
  "Team Lead": { calls: 1000, talkMinutes: 900, customers: 80, salesTarget: 40_000, profitTarget: 10_000 },
};

const REP_DATA_HEADERS = [
  "Rep ID", "Name", "Position", "Month", "Calls", "Talk minutes", "Customers", "Workdays", "Leave days", "Revenue",
  "Sales target", "Cost", "Refunds", "After-sales cost", "Complaint cost", "Profit target", "CSAT %",
  "Team building", "Customer service", "Sales skills",
] as const;
type Column = (typeof REP_DATA_HEADERS)[number];

const FORMATS: Partial<Record<Column, string>> = {
  Month: "yyyy-mm",
  Calls: "#,##0",
  "Talk minutes": "#,##0",
  Customers: "#,##0",
  Revenue: "#,##0.00",
  "Sales target": "#,##0.00",
  Cost: "#,##0.00",
  Refunds: "#,##0.00",
  "After-sales cost": "#,##0.00",
  "Complaint cost": "#,##0.00",
  "Profit target": "#,##0.00",
  "CSAT %": "0.0%",
};

/** The story's exceptions, by rep name and month: values that replace the generated ones (null is blank). */
const EXCEPTIONS: readonly { name: string; month: number; values: Partial<Record<Column, number | null>> }[] = [
  { name: "Wang Fang", month: 7, values: { "Leave days": 3 } },
  { name: "Zhou Jie", month: 8, values: { "Leave days": 12 } },
  { name: "Song Yang", month: 8, values: { "Leave days": 1 } },
  { name: "Guo Jia", month: 9, values: { "Leave days": 5 } },
  { name: "Liu Yang", month: 8, values: { "Talk minutes": null } },
  { name: "He Xin", month: 7, values: { "Sales skills": null } },
  { name: "Ma Chao", month: 9, values: { Customers: null } },
  { name: "Lin Na", month: 9, values: { "CSAT %": null } },
  { name: "Hu Bin", month: 8, values: { Refunds: 4800 } },
  { name: "Chen Jing", month: 9, values: { Refunds: 650 } },
  { name: "Zhao Lei", month: 7, values: { "Complaint cost": 300 } },
];

/** mulberry32: a small, fast, seedable generator; the same seed gives the same team. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const cents = (x: number): number => Math.round(x * 100) / 100;

function repDataRows(): (number | string | null)[][] {
  const next = random(20260701);
  const between = (low: number, high: number): number => low + (high - low) * next();
  const level = new Map(TEAM.map((rep) => [rep.id, between(0.8, 1.2)]));
  return MONTHS.flatMap(({ year, month }) => {
    const first = dateToSerial(year, month, 1);
    const workdays = countWorkdays(first, dateToSerial(year, month + 1, 1) - 1, [], []);
    return TEAM.map((rep) => {
      const plan = PLAN[rep.position];
      const exception = EXCEPTIONS.find((e) => e.name === rep.name && e.month === month)?.values ?? {};
      const leave = exception["Leave days"] ?? 0;
      const present = (workdays - leave) / workdays;
      const scale = (base: number): number => base * level.get(rep.id)! * between(0.92, 1.08) * present;
      const revenue = cents(scale(plan.salesTarget));
      const rating = (): number => Math.min(5, Math.max(1, Math.round(2 + 7.5 * (level.get(rep.id)! - 0.8) + between(-0.8, 0.8))));
      const row: Record<Column, number | string | null> = {
        "Rep ID": rep.id,
        Name: rep.name,
        Position: rep.position,
        Month: first,
        Calls: Math.round(scale(plan.calls)),
        "Talk minutes": Math.round(scale(plan.talkMinutes)),
        Customers: Math.round(scale(plan.customers)),
        Workdays: workdays,
        "Leave days": leave,
        Revenue: revenue,
        "Sales target": plan.salesTarget,
        Cost: cents(revenue * between(0.58, 0.64)),
        Refunds: 0,
        "After-sales cost": cents(revenue * between(0.01, 0.03)),
        "Complaint cost": 0,
        "Profit target": plan.profitTarget,
        "CSAT %": Math.round(between(0.8, 0.98) * 1000) / 1000,
        "Team building": rating(),
        "Customer service": rating(),
        "Sales skills": rating(),
      };
      return REP_DATA_HEADERS.map((column) => (column in exception ? exception[column]! : row[column]));
    });
  });
}

function repDataSheet(): SheetContent {
  const header = REP_DATA_HEADERS.map((h): CellContent => ({ value: h, bold: true }));
  const body = repDataRows().map((row) =>
    row.map((value, c): CellContent | null => (value === null ? null : { value, numberFormat: FORMATS[REP_DATA_HEADERS[c]] })),
  );
  // Wide enough for the header (about 6.5 pt per character of Calibri 11, plus padding), names wider.
  const columnWidths = Object.fromEntries(REP_DATA_HEADERS.map((h, c) => [c, h === "Name" ? 76 : Math.max(56, Math.round(h.length * 6.5 + 16))]));
  return {
    name: "Rep data",
    cells: [header, ...body],
    columnWidths,
    freeze: { rows: 1, columns: 2 },
    tables: [{ name: "RepData", area: rect(0, 0, body.length + 1, REP_DATA_HEADERS.length) }],
  };
}

/** The "Rep data" row of a rep's month (1-based, header on row 1). */
function rowOf(name: string, month: number): number {
  return 2 + MONTHS.findIndex((m) => m.month === month) * TEAM.length + TEAM.findIndex((r) => r.name === name);
}

/** One line of the Formulas sheet: what it shows, the formula, and the number format of its result. */
interface FormulaLine {
  label: string;
  formula: string;
  format?: string;
}

function scorecard(name: string, month: number): FormulaLine[] {
  const r = rowOf(name, month);
  const at = (column: Column): string => `'Rep data'!${String.fromCharCode(65 + REP_DATA_HEADERS.indexOf(column))}${r}`;
  return [
    { label: `Calls baseline for ${name}'s position`, formula: `=TELE.BASELINE("calls",${at("Position")},${at("Month")})`, format: "#,##0" },
    { label: "Calls score", formula: `=TELE.BASELINE_SCORE(${at("Calls")},B4)`, format: "0.00" },
    { label: "Workload score", formula: `=TELE.WORKLOAD_SCORE(${at("Calls")},${at("Talk minutes")},${at("Customers")},${at("Position")},${at("Month")})`, format: "0.00" },
    { label: "Sales score (revenue against target)", formula: `=TELE.SALES_SCORE(${at("Revenue")},${at("Sales target")})`, format: "0.00" },
    { label: "Net profit", formula: `=TELE.NET_PROFIT(${at("Revenue")},${at("Cost")},${at("Refunds")},${at("After-sales cost")},${at("Complaint cost")})`, format: "#,##0.00" },
    { label: "Profit score", formula: `=TELE.PROFIT_SCORE(B8,${at("Profit target")})`, format: "0.00" },
    { label: "CSAT points (target 90 %)", formula: `=TELE.BASELINE_SCORE(${at("CSAT %")}*100,90)`, format: "0.00" },
    { label: "Sales results score (the policy's weights)", formula: `=B7*TELE.WEIGHT("sales.revenue")+B9*TELE.WEIGHT("sales.net_profit")+B10*TELE.WEIGHT("sales.satisfaction")`, format: "0.00" },
    { label: "Key initiatives score", formula: `=TELE.INITIATIVE_SCORE(${at("Team building")},${at("Customer service")},${at("Sales skills")})`, format: "0.00" },
    { label: "Total score", formula: "=TELE.TOTAL_SCORE(B6,B11,B12)", format: "0.00" },
    { label: "Grade", formula: "=TELE.GRADE(B13)" },
  ];
}

function leaveLine(name: string, month: number, label: string): FormulaLine {
  const r = rowOf(name, month);
  const formula = `=TELE.MONTH_SCORE('Rep data'!E${r},TELE.BASELINE("calls",'Rep data'!C${r},'Rep data'!D${r}),'Rep data'!H${r},'Rep data'!I${r})`;
  return { label, formula, format: "0.00" };
}

function formulasSheet(): SheetContent {
  const lines: FormulaLine[] = [
    ...scorecard("Li Wei", 7),
    { label: "Grade of a total of 91", formula: "=TELE.GRADE(91)" },
    leaveLine("Wang Fang", 7, "Wang Fang's July calls score, 3 days of leave"),
    leaveLine("Zhou Jie", 8, "Zhou Jie's August calls score, 12 of 21 days of leave (not scored)"),
    { label: "Workdays in September 2026", formula: "=TELE.WORKDAYS(DATE(2026,9,1),DATE(2026,9,30))" },
    { label: "A mistake: a baseline of 0 (#NUM!, no message in Excel: the help lists the causes)", formula: "=TELE.BASELINE_SCORE(1500,0)" },
  ];
  const text = (value: string, bold = false): CellContent => (bold ? { value, bold } : { value });
  const cells: (CellContent | null)[][] = [
    [text("The TELE functions over the sample team: Li Wei, July 2026 (Rep data row 2)", true)],
    [],
    [text("What", true), text("Result", true), text("Formula", true)],
    ...lines.map((line) => [text(line.label), { value: "", formula: line.formula, numberFormat: line.format }, text(line.formula)]),
    [],
    [text("A team bonus of 10,000.00 split by July revenue: TELE.ALLOCATE spills down", true)],
    [text("Team lead", true), text("July revenue", true), text("Bonus", true), text("Formula", true)],
  ];
  const leads = TEAM.filter((rep) => rep.position === "Team Lead").map((rep) => rowOf(rep.name, 7));
  const first = cells.length + 1;
  const allocate = `=TELE.ALLOCATE(B${first}:B${first + leads.length - 1},10000)`;
  const money = "#,##0.00";
  cells.push(
    ...leads.map((r, i) => [
      { value: "", formula: `='Rep data'!B${r}` },
      { value: "", formula: `='Rep data'!J${r}`, numberFormat: money },
      // The spilled cells below the formula carry the format too.
      i === 0 ? { value: "", formula: allocate, numberFormat: money } : { value: "", numberFormat: money },
      i === 0 ? text(allocate) : null,
    ]),
  );
  return { name: "Formulas", cells, columnWidths: { 0: 300, 1: 90, 2: 90, 3: 90 } };
}

/** The sample workbook: "Rep data" (the team's data as the table RepData) and "Formulas". */
export function sampleWorkbook(): WorkbookContent {
  return { sheets: [repDataSheet(), formulasSheet()] };
}
