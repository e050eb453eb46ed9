/**
 * The sheets TeleScore writes in Chinese hold no English but the data's own words (docs/review.md,
 * "Languages"): the review (month and quarter, live and values only) with its summary and its list
 * of rows that could not be scored. Every cell's value is read back from the emulated workbook and
 * checked by test/support/englishWords.ts.
 */
import { generateReview } from "../../../src/taskpane/review/excel/reviewSheet";
import { TABLE_TOP } from "../../../src/taskpane/review/plan/reviewPlan";
import { englishIn } from "../../support/englishWords";
import { dataSheet, HEADERS, JULY, reviewRows, type Row } from "./fixtures";
import { addressOf, reviewWorkbook, type TestWorkbook } from "./reviewHarness";

const blanks = (n: number) => new Array<null>(n).fill(null);

/**
 * July and August: the three reps of fixtures.ts (Bo has no ratings, so "Missing metrics" names
 * metrics), Fay typed in as "高级坐席" (the Senior position's Chinese name), and rows that cannot be
 * scored: a number that is none (Cy), a position the policy lacks (Di), a row with neither id nor
 * name, a row without a period, and one rep twice in a month (Ed).
 */
const ROWS: Row[] = [
  ...JULY,
  ...JULY.map((r) => [r[0], r[1], r[2], "'2026-08", ...r.slice(4)]),
  ["E010", "Fay", "高级坐席", "'2026-07", 2000, 1800, 160, 22, 0, 90000, 80000, 50000, null, null, null, 30000, 95, 5, 5, 5, 80],
  ["E003", "Cy", "Junior", "'2026-07", "lots", 1000, 100, ...blanks(14)],
  ["E004", "Di", "Wizard", "'2026-07", 1000, 1000, 100, ...blanks(14)],
  [null, null, "Junior", "'2026-07", 1000, 1000, 100, ...blanks(14)],
  ["E006", "Gus", "Junior", null, 1000, 1000, 100, ...blanks(14)],
  ["E005", "Ed", "Junior", "'2026-07", 1000, 1000, 100, ...blanks(14)],
  ["E005", "Ed", "Junior", "'2026-07", 1200, 1000, 100, ...blanks(14)],
];

/** The data's own words: its headers, ids, names, the unknown position, the sheet and table names, the user. */
const DATA = [...HEADERS, ...ROWS.flatMap((r) => [r[0], r[1], r[2]]).filter((x): x is string => typeof x === "string"), "lots", "Data", "RepData", "Mei Chen"];

/** Every non-empty cell of a sheet, as text, with its address. */
function cellTexts(wb: TestWorkbook, sheetName: string): { where: string; text: string }[] {
  const sheet = wb.sheet(sheetName);
  const used = wb.workbook.usedArea(sheet, true)!;
  const values = wb.workbook.values(sheet, used);
  return values.flatMap((line, r) =>
    line.flatMap((v, c) => (typeof v === "string" && v !== "" ? [{ where: addressOf(sheetName, used.row + r, used.col + c), text: v }] : [])),
  );
}

async function chineseReview(period: "2026-07" | "2026-Q3", mode: "live" | "values") {
  const wb = await reviewWorkbook(dataSheet(ROWS));
  wb.table(`Data!A1:U${ROWS.length + 1}`, "RepData");
  const outcome = await generateReview({ source: { kind: "table", name: "RepData" }, period, mode, locale: "zh", user: "Mei Chen", now: new Date(2026, 9, 1) });
  return { wb, outcome };
}

describe("a Chinese review sheet", () => {
  it.each([
    ["2026-07", "live"],
    ["2026-07", "values"],
    ["2026-Q3", "live"],
    ["2026-Q3", "values"],
  ] as const)("%s, %s: no English outside the data", async (period, mode) => {
    const { wb, outcome } = await chineseReview(period, mode);
    expect(outcome.unscorable.length).toBeGreaterThan(0);
    expect(englishIn(cellTexts(wb, outcome.sheetName), DATA)).toEqual([]);
  });

  it("names the policy, the positions, the missing metrics and why rows were not scored in Chinese", async () => {
    const { wb, outcome } = await chineseReview("2026-07", "values");
    const sheet = outcome.sheetName;
    expect(wb.values(addressOf(sheet, 1, 0, 1, 2))).toEqual([["考核方案", "TeleScore 默认方案（第 1 版）"]]);
    const rows = reviewRows(wb, sheet, 4);
    // Positions by the policy's Chinese names, whether the data wrote "Junior" or "高级坐席".
    expect(rows.map((r) => [r.repName, r.position])).toEqual([
      ["Ann", "初级坐席"],
      ["Bo", "高级坐席"],
      ["Hal", "初级坐席"],
      ["Fay", "高级坐席"],
    ]);
    // Fay is scored against the Senior baseline (2000 calls): her 2000 calls are 100 points.
    expect(rows[3]["calls.target"]).toBe(2000);
    expect(rows[1].missing).toBe("团队建设、客户服务、销售技巧");
    const texts = cellTexts(wb, sheet).map((c) => c.text);
    expect(texts).toEqual(expect.arrayContaining(["岗位", "初级坐席", "高级坐席", "组长"]));
    // The reasons, row by row, in Chinese.
    expect(texts).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^第 \d+ 行：“lots”不是 Calls 可用的数字/),
        expect.stringMatching(/^未知岗位“Wizard”。请使用方案中的岗位之一：初级坐席、高级坐席、组长。$/),
        expect.stringMatching(/工号和姓名均为空。$/),
        expect.stringMatching(/期间为空。$/),
      ]),
    );
  });

  it("live: the summary counts the reps of each position by its Chinese name", async () => {
    const { wb, outcome } = await chineseReview("2026-07", "live");
    const sheet = outcome.sheetName;
    const texts = cellTexts(wb, sheet);
    const junior = texts.find((c) => c.text === "初级坐席" && !c.where.includes(`!C`))!;
    expect(junior).toBeDefined();
    // The count beside the position's name: Ann and Hal.
    const at = wb.sheet(sheet);
    const used = wb.workbook.usedArea(at, true)!;
    const values = wb.workbook.values(at, used);
    const line = values.findIndex((l, r) => r > TABLE_TOP + 5 && l.includes("初级坐席"));
    const col = values[line].indexOf("初级坐席");
    expect(values[line][col + 1]).toBe(2);
  });
});
