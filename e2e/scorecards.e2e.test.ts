/**
 * Rep scorecards in the workbench (docs/explain.md, "Rep scorecards"): made from the sample's
 * quarter review in the Review tab, a rep's page shows the review's own figures, a manager's
 * comment typed on it survives making them again, and in Chinese the sheet is Chinese. The
 * screenshots of docs/explain.md are taken here.
 */
import { saveScreenshot } from "./support/screenshots";
import { generateReview, type Workbench, workbenchForFile, workbenchOn } from "./support/workbench";

let workbench: Workbench;

workbenchForFile((opened) => {
  workbench = opened;
});

const REVIEW_HEADER_ROW = 8;
const COMMENT = "Strong quarter; coach on talk time.";

async function makeScorecards({ pane }: Workbench, labels: { section: string; review: string; make: string; refresh: string }, option: string, said: RegExp): Promise<string> {
  const toggle = pane.getByRole("button", { name: labels.section, exact: true });
  if ((await toggle.getAttribute("aria-expanded")) !== "true") await toggle.click();
  const region = pane.getByRole("region", { name: labels.section, exact: true });
  await region.getByRole("button", { name: labels.refresh, exact: true }).click();
  await region.getByRole("combobox", { name: labels.review, exact: true }).selectOption({ label: option });
  await region.getByRole("button", { name: labels.make, exact: true }).click();
  const outcome = region.getByText(said);
  await outcome.waitFor({ timeout: 60_000 });
  return (await outcome.textContent()) ?? "";
}

const EN = { section: "Rep scorecards", review: "Review sheet", make: "Make scorecards", refresh: "Refresh the list" };

test("a rep's page shows the review's figures, and the manager's comment survives making the scorecards again", async () => {
  const { grid, page } = workbench;
  await generateReview(workbench, "2026-Q3");
  const columns = await grid.findColumns(REVIEW_HEADER_ROW, ["Name", "Total", "Grade"] as const);
  const row = await grid.findRow(columns.Name, "Li Wei", REVIEW_HEADER_ROW + 1, REVIEW_HEADER_ROW + 24);
  const [total, grade] = [await grid.text(`${columns.Total}${row}`), await grid.text(`${columns.Grade}${row}`)];

  const said = await makeScorecards(workbench, EN, "Review 2026-Q3 (2026-Q3)", /^Scorecards for 24 reps/);
  expect(said).toBe("Scorecards for 24 reps, one page each, on “Scorecards 2026-Q3”.");
  await page.getByRole("grid", { name: "Sheet Scorecards 2026-Q3", exact: true }).waitFor();
  expect(await grid.text("A1")).toBe("Scorecard: Li Wei");
  expect(await grid.read("A4:D4")).toEqual([["Total", total, "Grade", grade]]);

  const comment = (await grid.findRow("A", "Manager comment", 1, 60)) + 1;
  await grid.enter(`A${comment}`, COMMENT);
  const again = await makeScorecards(workbench, EN, "Review 2026-Q3 (2026-Q3)", /^Scorecards updated in place/);
  expect(again).toBe("Scorecards updated in place for 24 reps on “Scorecards 2026-Q3”; what was written on them is kept.");
  expect(await grid.text(`A${comment}`)).toBe(COMMENT);
  expect(await grid.text("A1")).toBe("Scorecard: Li Wei");

  await grid.goTo("A1");
  await saveScreenshot(page, "scorecard");
});

test("in Chinese, the scorecards are written in Chinese", async () => {
  const { page } = workbench;
  await Promise.all([page.waitForURL(/[?&]lang=zh-CN/), page.getByTestId("wb-language").selectOption("zh-CN")]);
  workbench = await workbenchOn(page);
  const { pane, grid } = workbench;
  await pane.getByRole("tab", { name: "考核表" }).click();
  await pane.getByRole("combobox", { name: "表格", exact: true }).selectOption("RepData");
  await pane.getByRole("button", { name: "读取表头" }).click();
  await pane.getByRole("combobox", { name: "考核期间" }).selectOption("2026-Q3");
  await pane.getByRole("button", { name: "生成", exact: true }).click();
  await pane.getByText(/^考核表位于工作表“考核 2026-Q3”/).waitFor({ timeout: 30_000 });

  const said = await makeScorecards(workbench, { section: "员工评分卡", review: "考核表", make: "生成评分卡", refresh: "刷新列表" }, "考核 2026-Q3（2026-Q3）", /^已为 24 名员工生成评分卡/);
  expect(said).toBe("已为 24 名员工生成评分卡，每人一页，位于“评分卡 2026-Q3”。");
  await page.getByRole("grid", { name: "Sheet 评分卡 2026-Q3", exact: true }).waitFor();
  expect(await grid.text("A1")).toBe("评分卡：Li Wei");
  expect(await grid.read("A8:F8")).toEqual([["维度 / 指标", "实际", "目标 / 基准", "得分", "团队中位数", "权重"]]);
  await grid.goTo("A1");
  await saveScreenshot(page, "scorecard-zh");
});
