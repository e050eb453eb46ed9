/**
 * The pane speaks Chinese when Office does (the workbench's "Office language" menu starts the page
 * again with ?lang=zh-CN), writes its sheets in Chinese too, and a language chosen in the pane
 * itself wins over Office's and is remembered; Traditional Chinese, chosen in the pane, writes the
 * review in Taiwan's words.
 */
import { saveScreenshot } from "./support/screenshots";
import { type Workbench, workbenchForFile, workbenchOn } from "./support/workbench";

let workbench: Workbench;

workbenchForFile((opened) => {
  workbench = opened;
});

const tabNames = async ({ pane }: Workbench) => pane.getByRole("tablist").getByRole("tab").allInnerTexts();

test("Office in Chinese: the pane's labels are Chinese", async () => {
  expect(await tabNames(workbench)).toEqual(["Policy", "Review", "Reconcile", "Explain"]);
  const { page } = workbench;
  await Promise.all([page.waitForURL(/[?&]lang=zh-CN/), page.getByTestId("wb-language").selectOption("zh-CN")]);
  workbench = await workbenchOn(page);
  const { pane } = workbench;
  expect(await tabNames(workbench)).toEqual(["权重方案", "考核表", "对账", "说明"]);
  await pane.getByText("电话销售绩效考核").waitFor();
  await pane.getByRole("switch", { name: "编辑方案" }).waitFor();
  expect(await pane.getByRole("radio", { name: "简体中文" }).isChecked()).toBe(true);
});

test("a review generated in Chinese has a Chinese sheet and headers", async () => {
  const { pane, page, grid } = workbench;
  await pane.getByRole("tab", { name: "考核表" }).click();
  await pane.getByRole("combobox", { name: "表格", exact: true }).selectOption("RepData");
  await pane.getByRole("button", { name: "读取表头" }).click();
  await pane.getByRole("combobox", { name: "考核期间" }).selectOption("2026-07");
  await pane.getByRole("button", { name: "生成", exact: true }).click();
  await pane.getByText(/^考核表位于工作表“考核 2026-07”：已为 24 名坐席评分。/).waitFor({ timeout: 30_000 });
  await page.getByRole("grid", { name: "Sheet 考核 2026-07", exact: true }).waitFor();
  expect(await grid.text("A1")).toBe("TeleScore 考核 2026-07");
  expect(await grid.read("A8:C8")).toEqual([["工号", "姓名", "岗位"]]);
  // The picture: the pane from its top (title, language, tabs) beside the Chinese sheet.
  await pane.evaluate((element) => element.scrollTo(0, 0));
  await saveScreenshot(page, "chinese");
});

test("English chosen in the pane wins over Office's Chinese, and is remembered", async () => {
  await workbench.pane.getByRole("radio", { name: "English" }).check();
  expect(await tabNames(workbench)).toEqual(["Policy", "Review", "Reconcile", "Explain"]);
  await workbench.page.reload();
  expect(workbench.page.url()).toMatch(/[?&]lang=zh-CN/);
  workbench = await workbenchOn(workbench.page);
  expect(await tabNames(workbench)).toEqual(["Policy", "Review", "Reconcile", "Explain"]);
});

test("Traditional Chinese chosen in the pane: Traditional tabs, and a review with Traditional headers", async () => {
  const { pane, grid } = workbench;
  await pane.getByRole("radio", { name: "繁體中文" }).check();
  expect(await tabNames(workbench)).toEqual(["權重方案", "考核表", "對帳", "說明"]);
  await pane.getByRole("tab", { name: "考核表" }).click();
  await pane.getByRole("combobox", { name: "表格", exact: true }).selectOption("RepData");
  await pane.getByRole("button", { name: "讀取標題列" }).click();
  await pane.getByRole("combobox", { name: "考核期間" }).selectOption("2026-07");
  await pane.getByRole("button", { name: "產生", exact: true }).click();
  await pane.getByText(/^考核表位於工作表「考核 2026-07」：已為 24 名電銷人員評分。/).waitFor({ timeout: 30_000 });
  expect(await grid.text("A1")).toBe("TeleScore 考核 2026-07");
  expect(await grid.read("A8:C8")).toEqual([["員工編號", "姓名", "職位"]]);
});
