/**
 * The workbench's sample workbook, loaded into the emulated workbook with the TELE functions
 * registered as the page registers them: the team it describes, read back through the review's
 * own header mapping and record reader, and the Formulas sheet computing through the shipped code.
 */
import "../support/customFunctionsGlobal";
import { defaultPolicy } from "../../src/engine/policy";
import { resetPolicyStoreForTests, setPolicy } from "../../src/engine/policyStore";
import { mapHeaders } from "../../src/engine/review/headerMapping";
import { readRecords } from "../../src/engine/review/records";
import { TELE_FIELDS } from "../../src/engine/review/fields";
import { rect } from "../../src/engine/sheet/address";
import type { Workbook } from "../../src/workbench/excel/workbook";
import { createCustomFunctionsShim } from "../../src/workbench/customFunctionsShim";
import { errorMessage } from "../../src/workbench/engineDetails";
import { sampleWorkbook } from "../../src/workbench/sampleWorkbook";
import { teleWorkbook } from "../../src/workbench/teleWorkbook";
import { replaceContent } from "../../src/workbench/workbookContent";
import { associateTeleFunctions } from "./teleFunctions";

let workbook: Workbook;

beforeAll(async () => {
  resetPolicyStoreForTests();
  setPolicy(defaultPolicy());
  const shim = createCustomFunctionsShim();
  workbook = teleWorkbook(await associateTeleFunctions(shim), shim.implementations);
  replaceContent(workbook, sampleWorkbook());
});

afterAll(() => resetPolicyStoreForTests());

const sheet = (name: string) => workbook.sheet(name)!;
/** A cell's value by sheet and A1 address (columns A–Z). */
const value = (sheetName: string, address: string) => {
  const col = address.charCodeAt(0) - 65;
  const row = Number(address.slice(1)) - 1;
  return workbook.cell(sheet(sheetName), row, col).value;
};

describe("Rep data", () => {
  const table = () => {
    const area = workbook.usedArea(sheet("Rep data"))!;
    const [headers, ...rows] = workbook.values(sheet("Rep data"), area);
    const formats = workbook.numberFormats(sheet("Rep data"), rect(1, 0, 1, area.cols))[0];
    return { headers: headers.map(String), rows: rows.map((r) => r.map((v) => (v === "" ? null : v))), firstRow: 2, numberFormats: formats };
  };
  const column = (header: string) => {
    const { headers, rows } = table();
    return rows.map((r) => r[headers.indexOf(header)]);
  };

  it("is one table, RepData, over 72 rows of 20 columns with the header row frozen", () => {
    // 24 reps × 3 months = 72 rows, under one header row: A1:T73
    expect(workbook.tables.map((t) => [t.name, t.sheet.name, t.area])).toEqual([["RepData", "Rep data", rect(0, 0, 73, 20)]]);
    expect(sheet("Rep data").freeze).toEqual({ rows: 1, columns: 2 });
  });

  it("has headers the review's mapping recognises, every one of them", () => {
    const mapping = mapHeaders(table().headers);
    expect(mapping.missing).toEqual([]);
    // 20 columns, 20 different fields
    expect(Object.keys(mapping.columns)).toHaveLength(20);
    expect(mapping.headers.every((h) => h.field !== null && h.used)).toBe(true);
    // every field but "answered calls" and "quality score" (neither is monthly rep data here)
    expect(TELE_FIELDS.filter((f) => mapping.columns[f.key] === undefined).map((f) => f.key)).toEqual(["answered", "quality"]);
  });

  it("is 24 reps in three positions over July, August and September 2026, read without a problem", () => {
    const { records, problems } = readRecords(table(), mapHeaders(table().headers));
    expect(problems).toEqual([]);
    expect(records).toHaveLength(72);
    expect(new Set(records.map((r) => r.repId)).size).toBe(24);
    const positions = new Map<string, Set<string>>();
    for (const r of records) positions.set(r.position!, (positions.get(r.position!) ?? new Set()).add(r.repId!));
    expect([...positions].map(([p, ids]) => [p, ids.size])).toEqual([["Junior", 13], ["Senior", 8], ["Team Lead", 3]]);
    expect([...new Set(records.map((r) => `${r.period.year}-${r.period.month}`))]).toEqual(["2026-7", "2026-8", "2026-9"]);
    // each rep has each month once
    expect(new Set(records.map((r) => `${r.repId} ${r.period.month}`)).size).toBe(72);
  });

  it("counts the weekdays of each month as its workdays", () => {
    // July 2026 starts on a Wednesday: 4 full weeks (20) + Wed–Fri 29–31 = 23
    // August starts on a Saturday: Mon 3 – Fri 28 (20) + Mon 31 = 21
    // September starts on a Tuesday: Tue–Fri 1–4 (4) + 7–25 (15) + Mon–Wed 28–30 (3) = 22
    const workdays = column("Workdays");
    expect([new Set(workdays.slice(0, 24)), new Set(workdays.slice(24, 48)), new Set(workdays.slice(48))]).toEqual([new Set([23]), new Set([21]), new Set([22])]);
  });

  it("has leave, one month below the minimum presence, blanks, refunds and a complaint cost", () => {
    const names = column("Name");
    const rowOf = (name: string, month: number) => (month - 7) * 24 + names.slice(0, 24).indexOf(name);
    const leave = column("Leave days");
    expect(leave.filter((d) => (d as number) > 0)).toHaveLength(4);
    // Zhou Jie in August: 12 of 21 days away, present 9 / 21 = 43 % < the policy's 50 %
    expect(leave[rowOf("Zhou Jie", 8)]).toBe(12);
    expect(column("Talk minutes")[rowOf("Liu Yang", 8)]).toBeNull();
    expect(column("CSAT %")[rowOf("Lin Na", 9)]).toBeNull();
    expect(column("Customers")[rowOf("Ma Chao", 9)]).toBeNull();
    expect(column("Sales skills")[rowOf("He Xin", 7)]).toBeNull();
    expect(column("Refunds").filter((x) => (x as number) > 0)).toEqual([4800, 650]);
    expect(column("Complaint cost").filter((x) => (x as number) > 0)).toEqual([300]);
  });

  it("keeps values in the ranges the story gives", () => {
    const csat = column("CSAT %").filter((x) => x !== null) as number[];
    expect(Math.min(...csat)).toBeGreaterThanOrEqual(0.8);
    expect(Math.max(...csat)).toBeLessThanOrEqual(0.98);
    for (const rating of ["Team building", "Customer service", "Sales skills"]) {
      expect(column(rating).every((x) => x === null || (Number.isInteger(x) && (x as number) >= 1 && (x as number) <= 5))).toBe(true);
    }
    // a Junior at full presence: calls = 1800 × level (0.8–1.2) × 0.92–1.08, within 1800 × 0.736 … 1800 × 1.296
    const calls = column("Calls")[0] as number;
    expect(calls).toBeGreaterThanOrEqual(1800 * 0.736);
    expect(calls).toBeLessThanOrEqual(1800 * 1.296);
  });

  it("is the same team every time", () => {
    expect(sampleWorkbook()).toEqual(sampleWorkbook());
  });
});

describe("Formulas", () => {
  it("computes Li Wei's July calls score from the policy's Junior baseline", () => {
    expect(value("Formulas", "B4")).toBe(1800);
    // BASELINE_SCORE = 100 × MIN(calls / 1800, 1.2)
    const calls = value("Rep data", "E2") as number;
    expect(value("Formulas", "B5")).toBeCloseTo(100 * Math.min(calls / 1800, 1.2), 6);
  });

  it("grades a total of 91 as A, and the total score as its band", () => {
    expect(value("Formulas", "B15")).toBe("A");
    const total = value("Formulas", "B13") as number;
    // bands: A ≥ 90, B ≥ 80, C ≥ 70, D ≥ 60, else E
    expect(value("Formulas", "B14")).toBe(total >= 90 ? "A" : total >= 80 ? "B" : total >= 70 ? "C" : total >= 60 ? "D" : "E");
  });

  it("prorates Wang Fang's July target by her leave, and leaves Zhou Jie's August blank", () => {
    // target 1800 × (23 − 3) / 23; points 100 × MIN(calls / target, 1.2)
    const calls = value("Rep data", "E3") as number;
    expect(value("Formulas", "B16")).toBeCloseTo(100 * Math.min(calls / ((1800 * 20) / 23), 1.2), 6);
    expect(value("Formulas", "B17")).toBe("");
  });

  it("counts September's workdays and shows the mistake as #NUM!, without a message as in Excel", () => {
    expect(value("Formulas", "B18")).toBe(22);
    const mistake = workbook.cell(sheet("Formulas"), 18, 1);
    expect([mistake.value, mistake.isError]).toEqual(["#NUM!", true]);
    expect(errorMessage(workbook, sheet("Formulas"), 18, 1)).toBe("");
  });

  it("spills the team bonus over the three team leads, in proportion, to the cent, summing to 10,000.00", () => {
    const revenue = [value("Formulas", "B23"), value("Formulas", "B24"), value("Formulas", "B25")] as number[];
    const bonus = [value("Formulas", "C23"), value("Formulas", "C24"), value("Formulas", "C25")] as number[];
    const sum = revenue.reduce((a, b) => a + b);
    bonus.forEach((b, i) => expect(Math.abs(b - (10000 * revenue[i]) / sum)).toBeLessThanOrEqual(0.01));
    expect(Math.round(bonus.reduce((a, b) => a + b) * 100)).toBe(1_000_000);
    expect(workbook.cell(sheet("Formulas"), 23, 2).formula).toBeUndefined(); // C24 holds no formula: it is spilled
  });
});
