/**
 * Chinese everywhere, checked rather than looked at (docs/review.md, "Languages"): with Office in
 * Chinese, a July row is made unscorable, the pane is walked through every tab, a month and a quarter are reviewed live and
 * values only, the month is reconciled and a call log imported from a CSV file; then every text the
 * pane shows or says to a screen reader (its visible text, aria-label, title, placeholder) and every
 * cell of every sheet TeleScore wrote (values and displayed texts), every sheet name and chart
 * title, is searched for English. What may stay Latin is the data (every text of the sheets and the
 * file this run starts from) and the short list in test/support/englishWords.ts.
 */
import { englishIn } from "../test/support/englishWords";
import { type Workbench, workbenchForFile } from "./support/workbench";

let workbench: Workbench;

workbenchForFile((opened) => {
  workbench = opened;
}, "zh-CN");

type Text = { where: string; text: string };

/** Every sheet's name, its cells' values that are text and its cells' displayed texts, read through the Excel API. */
async function workbookTexts({ page }: Workbench): Promise<Record<string, Text[]>> {
  return page.evaluate(async () => {
    const excel = (window as unknown as { Excel: typeof Excel }).Excel;
    return excel.run(async (context) => {
      const sheets = context.workbook.worksheets;
      sheets.load("items/name");
      await context.sync();
      const used = sheets.items.map((s) => s.getUsedRangeOrNullObject(true).load("values, text, address"));
      await context.sync();
      const out: Record<string, { where: string; text: string }[]> = {};
      sheets.items.forEach((sheet, i) => {
        const texts: { where: string; text: string }[] = [{ where: "sheet name", text: sheet.name }];
        const range = used[i];
        if (!range.isNullObject) {
          range.values.forEach((line, r) =>
            line.forEach((v, c) => {
              const where = `${range.address} [${r},${c}]`;
              if (typeof v === "string" && v !== "") texts.push({ where, text: v });
              const shown = range.text[r][c];
              if (shown !== "" && shown !== v) texts.push({ where: `${where} shown`, text: shown });
            }),
          );
        }
        out[sheet.name] = texts;
      });
      return out;
    });
  });
}

/** What the pane shows and says: its visible text, line by line, and every aria-label, title and placeholder. */
async function paneTexts({ pane }: Workbench, where: string): Promise<Text[]> {
  const shown = (await pane.innerText()).split("\n").map((text) => ({ where: `${where} text`, text }));
  const attributes = await pane.evaluate((root) =>
    [...root.querySelectorAll("[aria-label], [title], [placeholder], [aria-description]")].flatMap((el) =>
      ["aria-label", "title", "placeholder", "aria-description"].flatMap((a) => {
        const value = el.getAttribute(a);
        return value ? [{ a, value }] : [];
      }),
    ),
  );
  return [...shown, ...attributes.map(({ a, value }) => ({ where: `${where} ${a}`, text: value }))];
}

/** A small dialer export: English headers (data), one answered flag nobody can read, one call with no date. */
const CSV = ["Agent,Call date,Answered,Talk time (in seconds)", "Ann,2026-07-01,Y,120", "Ann,2026-07-02,maybe,60", "Bo,,Y,30", "Bo,2026-07-03,N,0"].join("\r\n");

let data: string[] = [];
const seen: Text[] = [];

/**
 * The data, narrowly: the names of the sheets and tables the user has, the headers of "Rep data"
 * (the user's column titles, which the pane and the reasons quote) and its first two columns (rep
 * ids and names), and the texts of the file imported below. Not its positions: a position the
 * policy knows is written by the policy's name in the sheet's language.
 */
async function dataTexts({ page }: Workbench): Promise<string[]> {
  return page.evaluate(async () => {
    const excel = (window as unknown as { Excel: typeof Excel }).Excel;
    return excel.run(async (context) => {
      const sheets = context.workbook.worksheets.load("items/name");
      const tables = context.workbook.tables.load("items/name");
      const rep = sheets.getItem("Rep data").getUsedRange(true).load("values");
      await context.sync();
      const cells = rep.values.flatMap((line, r) => line.filter((_, c) => r === 0 || c <= 1).map(String));
      // A header as the pane quotes it may lack its unit words ("Talk time" of "Talk time (in seconds)").
      const titles = cells.map((c) => c.replace(/\s*[(（].*$/, ""));
      return [...sheets.items.map((s) => s.name), ...tables.items.map((t) => t.name), ...cells, ...titles];
    });
  });
}

test("the run starts from the sample workbook, in Chinese", async () => {
  const file = CSV.split(/[\r\n,]+/);
  data = [...(await dataTexts(workbench)), ...file, ...file.map((c) => c.replace(/\s*[(（].*$/, ""))];
  expect(data).toEqual(expect.arrayContaining(["Rep data", "RepData", "Rep ID", "Name"]));
  // A July row the review cannot score, so that its sheet lists a reason: text where Calls needs a number.
  expect(await workbench.grid.text("E1", "Rep data")).toBe("Calls");
  expect(await workbench.grid.text("D2", "Rep data")).toBe("2026-07");
  await workbench.grid.enter("E2", "lots");
  data.push("lots");
  expect(await workbench.pane.getByRole("tablist").getByRole("tab").allInnerTexts()).toEqual(["权重方案", "考核表", "对账", "说明"]);
});

test("every tab of the pane", async () => {
  const { pane } = workbench;
  for (const tab of ["权重方案", "考核表", "对账", "说明"]) {
    await pane.getByRole("tab", { name: tab, exact: true }).click();
    seen.push(...(await paneTexts(workbench, tab)));
  }
  // The policy's editor too: positions and the policy's name are shown there.
  await pane.getByRole("tab", { name: "权重方案", exact: true }).click();
  await pane.getByRole("switch", { name: "编辑方案" }).click();
  seen.push(...(await paneTexts(workbench, "权重方案（编辑）")));
  await pane.getByRole("switch", { name: "编辑方案" }).click();
});

test("a month and a quarter, live and values only", async () => {
  const { pane, page } = workbench;
  await pane.getByRole("tab", { name: "考核表", exact: true }).click();
  await pane.getByRole("combobox", { name: "表格", exact: true }).selectOption("RepData");
  await pane.getByRole("button", { name: "读取表头" }).click();
  for (const period of ["2026-07", "2026-Q3"]) {
    // Live first, then values only: the second run updates the same sheet in place, and each is read.
    for (const [mode, said] of [["实时公式", "实时公式。"], ["仅数值", "仅数值。"]]) {
      await pane.getByRole("radio", { name: mode }).check();
      await pane.getByRole("combobox", { name: "考核期间" }).selectOption(period);
      await pane.getByRole("button", { name: "生成", exact: true }).click();
      await pane.getByText(new RegExp(`“考核 ${period}”.*${said}$`)).waitFor({ timeout: 30_000 });
      await page.getByRole("grid", { name: `Sheet 考核 ${period}`, exact: true }).waitFor();
      seen.push(...(await paneTexts(workbench, `考核表 ${period} ${mode}`)));
      const sheet = (await workbookTexts(workbench))[`考核 ${period}`];
      expect(sheet.length).toBeGreaterThan(100);
      // The July row with "lots" is listed with its reason, on the sheet and in the pane.
      expect(sheet.map((t) => t.text)).toEqual(expect.arrayContaining([expect.stringContaining("“lots”不是 Calls 可用的数字")]));
      await pane.getByText(/“lots”不是 Calls 可用的数字/).waitFor();
      seen.push(...sheet.map((t) => ({ where: `考核 ${period}（${mode}）${t.where}`, text: t.text })));
    }
  }
});

test("reconcile the month", async () => {
  const { pane } = workbench;
  await pane.getByRole("tab", { name: "对账", exact: true }).click();
  await pane.getByRole("textbox", { name: "账面总额金额" }).fill("1000000");
  await pane.getByRole("textbox", { name: "未分配金额" }).fill("0");
  await pane.getByRole("textbox", { name: "容差" }).fill("0.10");
  await pane.getByRole("textbox", { name: "对账人" }).fill("E2E");
  await pane.getByRole("button", { name: "对账", exact: true }).click();
  await pane.getByRole("table", { name: "对账数字" }).waitFor();
  seen.push(...(await paneTexts(workbench, "对账")));
});

test("import a call log from a CSV file", async () => {
  const { pane, page } = workbench;
  await pane.getByRole("tab", { name: "考核表", exact: true }).click();
  await pane.getByRole("button", { name: "导入通话明细" }).click();
  await pane.getByLabel("CSV 文件", { exact: true }).setInputFiles({ name: "dialer.csv", mimeType: "text/csv", buffer: Buffer.from(CSV, "utf8") });
  await pane.getByRole("button", { name: "读取文件", exact: true }).click();
  await pane.getByText(/^已读取 \d+ 行通话/).waitFor({ timeout: 30_000 });
  seen.push(...(await paneTexts(workbench, "导入（读取后）")));
  await pane.getByRole("button", { name: "写入数据表", exact: true }).click();
  await page.getByRole("grid", { name: /^Sheet 坐席数据 /, exact: false }).waitFor({ timeout: 30_000 });
  seen.push(...(await paneTexts(workbench, "导入（写入后）")));
});

test("no English in the pane or on the sheets TeleScore wrote, but data and product names", async () => {
  const after = await workbookTexts(workbench);
  const written = Object.entries(after).filter(([name]) => !data.includes(name));
  // The month's and the quarter's reviews and the call log's table: at least these were written.
  expect(written.map(([name]) => name)).toEqual(expect.arrayContaining(["考核 2026-07", "考核 2026-Q3"]));
  expect(written.some(([name]) => name.startsWith("坐席数据"))).toBe(true);
  const sheetTexts = written.flatMap(([name, texts]) => texts.map((t) => ({ where: `${name} ${t.where}`, text: t.text })));
  expect(englishIn([...seen, ...sheetTexts], data)).toEqual([]);
});
