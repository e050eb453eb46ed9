/** @jest-environment jsdom */
import "../../support/jsdomSetup";
import { screen, within } from "@testing-library/react";
import { chooseTable, tableBlock, FakeReviewWorkbook, fastUser, mappingRows, renderReview } from "./fakeReviewWorkbook";

// Fluent renders take seconds when the machine is busy.
jest.setTimeout(15_000);
import { HEADERS, REP_DATA, ROWS } from "./reviewData";

const CAPTION = "Columns and the TeleScore fields they are read as";

function workbook(): FakeReviewWorkbook {
  return new FakeReviewWorkbook(["RepData", "CallLog"], [{ ref: { kind: "table", name: "RepData" }, block: REP_DATA }]);
}

async function readRepData(user: ReturnType<typeof fastUser>) {
  await chooseTable(user, "Table", "RepData");
  await user.click(screen.getByRole("button", { name: "Read headers" }));
  await screen.findByRole("table", { name: CAPTION });
}

it("lists the workbook's tables from one call, and shows each header with the field it matched and how", async () => {
  const user = fastUser();
  const fake = workbook();
  renderReview(fake);
  await readRepData(user);

  expect(fake.listed).toBe(1);
  expect(fake.reads).toEqual([{ ref: { kind: "table", name: "RepData" }, kind: "repPeriod" }]);
  expect(screen.getByRole("status").textContent).toBe("Read 4 rows from Data!A1:I5.");
  expect(mappingRows(CAPTION)).toEqual([
    ["工号", "Rep ID", "Exact: “工号”"],
    ["姓名", "Name", "Exact: “姓名”"],
    ["岗位", "Position", "Exact: “岗位”"],
    ["月份", "Period", "Exact: “月份”"],
    // 呼出量 and 外呼数 are both exact synonyms of Calls: the first one is used.
    ["呼出量", "Calls", "Ambiguous with “外呼数”: this column is used"],
    ["外呼数", "Calls", "Ambiguous: “呼出量” is used instead"],
    // The unit in brackets is set aside before matching.
    ["通话时长(秒)", "Talk minutes", "Exact: “通话时长”. Read in seconds, as its header says."],
    ["本月销售额", "Revenue", "Contains “销售额”"],
    ["备注", "Not used", "Not matched: not used"],
  ]);
  expect(screen.getByText("“呼出量”, “外呼数” all look like Calls; “呼出量” is used. Choose the right one to clear this.")).toBeTruthy();
  expect(screen.queryByText("Every required field is mapped.")).toBeNull();
});

it("saves a corrected field to the workbook, clears the flag, and shows the choice on the next read", async () => {
  const user = fastUser();
  const fake = workbook();
  const { unmount } = renderReview(fake);
  await readRepData(user);

  await user.selectOptions(screen.getByRole("combobox", { name: "Field for the column 外呼数" }), "calls");

  expect(fake.saves).toEqual([{ kind: "repPeriod", sourceKey: "table:RepData", headers: HEADERS, overrides: { 5: "calls" } }]);
  expect(await screen.findByText("Your mapping is saved in the workbook for RepData.")).toBeTruthy();
  expect(mappingRows(CAPTION).slice(4, 6)).toEqual([
    ["呼出量", "Calls", "Not used: you chose “外呼数” for this field"],
    ["外呼数", "Calls", "Your choice"],
  ]);
  expect(screen.queryByText(/all look like/)).toBeNull();
  expect(screen.getByText("Every required field is mapped.")).toBeTruthy();

  // "Not used" is a choice too, told apart from a header nothing matched.
  await user.selectOptions(screen.getByRole("combobox", { name: "Field for the column 本月销售额" }), "");
  expect(fake.saves[1]!.overrides).toEqual({ 5: "calls", 7: null });
  expect(mappingRows(CAPTION)[7]).toEqual(["本月销售额", "Not used", "Your choice: not used"]);

  unmount();
  renderReview(fake);
  await readRepData(user);
  expect(mappingRows(CAPTION).slice(4, 8)).toEqual([
    ["呼出量", "Calls", "Not used: you chose “外呼数” for this field"],
    ["外呼数", "Calls", "Your choice"],
    ["通话时长(秒)", "Talk minutes", "Exact: “通话时长”. Read in seconds, as its header says."],
    ["本月销售额", "Not used", "Your choice: not used"],
  ]);

  // Back to the automatic matching: no choice is kept for these headers.
  await user.click(screen.getByRole("button", { name: "Use automatic matching" }));
  expect(fake.saves[2]!.overrides).toEqual({});
  expect(mappingRows(CAPTION)[4]).toEqual(["呼出量", "Calls", "Ambiguous with “外呼数”: this column is used"]);
});

it("flags a missing required field in words and does not generate without it", async () => {
  const user = fastUser();
  // No position column.
  const headers = ["工号", "姓名", "月份", "呼出量"];
  const fake = new FakeReviewWorkbook(["Flat"], [{ ref: { kind: "table", name: "Flat" }, block: tableBlock("Flat", "Flat", headers, ROWS.map((r) => [r[0], r[1], r[3], r[4]])) }]);
  renderReview(fake);
  await chooseTable(user, "Table", "Flat");
  await user.click(screen.getByRole("button", { name: "Read headers" }));

  expect(await screen.findByText("Missing: map a column to Position before generating.")).toBeTruthy();
  await user.click(screen.getByRole("button", { name: "Generate" }));
  expect(screen.getByRole("alert").textContent).toBe("Map a column to Position first.");
  expect(fake.generated).toHaveLength(0);
});

it("reads a typed address or the selection, and says what is missing before reading", async () => {
  const user = fastUser();
  const fake = new FakeReviewWorkbook([], [{ ref: { kind: "range", address: "Data!A1:I5" }, block: REP_DATA }]);
  renderReview(fake);
  expect(screen.getByText("This workbook has no tables.")).toBeTruthy();

  await user.click(screen.getByRole("button", { name: "Read headers" }));
  expect(screen.getByRole("alert").textContent).toBe("Choose a table.");

  await user.click(screen.getByRole("radio", { name: "A range address" }));
  await user.click(screen.getByRole("button", { name: "Read headers" }));
  expect(screen.getByRole("alert").textContent).toBe("Type the range address.");

  await user.type(screen.getByRole("textbox", { name: "Range address" }), " Data!A1:I5 ");
  await user.click(screen.getByRole("button", { name: "Read headers" }));
  await screen.findByRole("table", { name: CAPTION });
  expect(fake.reads).toEqual([{ ref: { kind: "range", address: "Data!A1:I5" }, kind: "repPeriod" }]);
  expect(screen.getByRole("alert").textContent).toBe("");

  // A new choice of source forgets the headers read for the old one.
  await user.click(screen.getByRole("radio", { name: "The selected range" }));
  expect(screen.queryByRole("table", { name: CAPTION })).toBeNull();
  expect(screen.getByText("Select the data with its header row in the sheet, then read its headers.")).toBeTruthy();
});

it("speaks Chinese when the pane does: the picker, the mapping, the fields and the modes", async () => {
  const user = fastUser();
  renderReview(workbook(), "zh");
  expect(screen.getByRole("heading", { name: "考核表" })).toBeTruthy();
  expect(screen.getByRole("radio", { name: "Excel 表格" })).toBeTruthy();
  await chooseTable(user, "表格", "RepData");
  await user.click(screen.getByRole("button", { name: "读取表头" }));

  const table = await screen.findByRole("table", { name: "各列及其对应的 TeleScore 字段" });
  expect(within(table).getAllByRole("columnheader").map((c) => c.textContent)).toEqual(["列标题", "对应字段及匹配方式"]);
  expect(mappingRows("各列及其对应的 TeleScore 字段").slice(0, 5)).toEqual([
    ["工号", "工号", "完全匹配：“工号”"],
    ["姓名", "姓名", "完全匹配：“姓名”"],
    ["岗位", "岗位", "完全匹配：“岗位”"],
    ["月份", "月份", "完全匹配：“月份”"],
    ["呼出量", "呼出量", "与“外呼数”重复：使用此列"],
  ]);
  expect(screen.getByRole("radio", { name: "实时公式" })).toBeTruthy();
  expect(screen.getByRole("radio", { name: "仅数值" })).toBeTruthy();
  expect(screen.getByRole("button", { name: "生成" })).toBeTruthy();
  expect(screen.getByRole("button", { name: "导入通话明细" }).getAttribute("aria-expanded")).toBe("false");
});
