/** @jest-environment jsdom */
/**
 * The policy preview in the pane: the grades of a review's data under the saved and the edited
 * policy, and suggested baselines, in English and Chinese. The data is the engine's reading of a
 * small table (the workbook adapter's part is only to read it); expected figures worked out by hand.
 */
import "../../support/jsdomSetup";
import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { CellValue } from "../../../src/engine/input";
import { defaultPolicy } from "../../../src/engine/policy";
import { mapHeaders } from "../../../src/engine/review/headerMapping";
import { parsePeriod } from "../../../src/engine/review/period";
import { readRecords } from "../../../src/engine/review/records";
import type { ReviewRecord } from "../../../src/taskpane/review/excel/reviewRegistry";
import { PolicyPreview } from "../../../src/taskpane/policy/preview/PolicyPreview";
import type { ReviewData } from "../../../src/taskpane/policy/preview/excel/latestReviewData";
import { renderWithDraft } from "../../support/renderWithDraft";

const HEADERS = ["Rep ID", "Name", "Position", "Month", "Calls"];
// Calls only: Ann 1620 / 1800 = 90 (A), Bob 1530 -> 85 (B), Cy 1000 -> 55.56 (E).
const ROWS: CellValue[][] = [
  ["J1", "Ann", "Junior", "2026-07", 1620],
  ["J2", "Bob", "Junior", "2026-07", 1530],
  ["J3", "Cy", "Junior", "2026-07", 1000],
];

function data(): ReviewData {
  const { records, problems } = readRecords({ headers: HEADERS, rows: ROWS, firstRow: 2 }, mapHeaders(HEADERS));
  return { review: { period: "2026-07" } as ReviewRecord, period: parsePeriod("2026-07"), records, problems };
}

const cells = (table: HTMLElement) => within(table).getAllByRole("row").map((r) => Array.from(r.querySelectorAll("th, td"), (c) => c.textContent));

test("shows the grade distribution before and after an edit, and who would change", async () => {
  const saved = defaultPolicy();
  const edited = defaultPolicy();
  edited.baselines[0].values.calls = 1700; // Bob: 1530 / 1700 = 90 -> A
  renderWithDraft(saved, () => <PolicyPreview saved={saved} edited={edited} readData={async () => data()} />);
  await userEvent.setup().click(screen.getByRole("button", { name: "Preview grades" }));
  expect(await screen.findByText("Review 2026-07: 3 reps, compared with the saved policy (revision 1).")).toBeTruthy();
  expect(cells(screen.getByRole("table", { name: "Grades, saved policy and edited policy" }))).toEqual([
    ["Grade", "Saved", "Edited"],
    ["A", "1", "2"],
    ["B", "1", "0"],
    ["C", "0", "0"],
    ["D", "0", "0"],
    ["E", "1", "1"],
  ]);
  expect(cells(screen.getByRole("table", { name: "1 rep's grade would change" }))).toEqual([
    ["Rep", "Saved", "Edited"],
    ["Bob", "B (85)", "A (90)"],
  ]);
});

test("suggests baselines from the data, beside the current ones, in Chinese", async () => {
  const saved = defaultPolicy();
  renderWithDraft(saved, () => <PolicyPreview saved={saved} edited={saved} readData={async () => data()} />, "zh-CN");
  await userEvent.setup().click(screen.getByRole("button", { name: "建议基准数" }));
  // Junior calls in July: median(1620, 1530, 1000) = 1530; one month, so its factor is 1.
  expect(cells(await screen.findByRole("table", { name: "Junior：基于 3 名坐席、1 个月的数据" }))).toEqual([
    ["指标", "当前", "建议"],
    ["呼出量", "1,800", "1,530"],
    ["通话时长", "1,500", "无数据"],
    ["客户数", "120", "无数据"],
  ]);
});

test("says when the workbook has no review, and asks for a valid draft before previewing grades", async () => {
  const saved = defaultPolicy();
  renderWithDraft(saved, () => <PolicyPreview saved={saved} edited={null} readData={async () => null} />);
  expect(screen.getByText("Correct the problems listed above first: the preview needs a valid policy.")).toBeTruthy();
  expect(screen.queryByRole("button", { name: "Preview grades" })).toBeNull();
  await userEvent.setup().click(screen.getByRole("button", { name: "Suggest baselines" }));
  expect(await screen.findByText("This workbook has no review yet: generate one on the Review tab first.")).toBeTruthy();
});
