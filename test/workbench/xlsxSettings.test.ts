/**
 * What the workbench's .xlsx keeps that Excel keeps: the add-in's settings, in the web extension
 * part where Excel stores them (a saved policy and the review records survive save and open), and
 * what it cannot keep, said on save and on open rather than dropped silently.
 */
import { readFileSync } from "fs";
import { join } from "path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { rect } from "../../src/engine/sheet/address";
import { resetPolicyStoreForTests, setPolicy } from "../../src/engine/policyStore";
import { HISTORY_KEY, POLICY_KEY, loadPolicy, savePolicy } from "../../src/taskpane/policy/excel/policyStorage";
import { generateReview } from "../../src/taskpane/review/excel/reviewSheet";
import { REVIEWS_KEY } from "../../src/taskpane/review/excel/reviewRegistry";
import { readContent, replaceContent } from "../../src/workbench/workbookContent";
import { ADDIN_ID, ADDIN_VERSION, notWritable, readXlsx, writeXlsx } from "../../src/workbench/xlsxFile";
import { salesAt } from "../support/reweighted";
import { dataSheet, JULY } from "../taskpane/review/fixtures";
import { reviewWorkbook } from "../taskpane/review/reviewHarness";

const generate = () => generateReview({ source: { kind: "table", name: "RepData" }, period: "2026-07", mode: "live", locale: "en", user: "Mei Chen" });

async function reviewedWithPolicy() {
  const wb = await reviewWorkbook(dataSheet(JULY));
  wb.table("Data!A1:U4", "RepData");
  const saved = await savePolicy(salesAt(45, 25), { note: "Q3 weights", user: "Li Na" });
  await generate();
  return { wb, saved };
}

afterEach(() => resetPolicyStoreForTests());

it("keeps policy revision 2 and the review record through save and open: the same revision loads, and regenerating leaves no (old) sheet", async () => {
  const { wb, saved } = await reviewedWithPolicy();
  expect(saved.revision).toBe(2);
  const file = await writeXlsx(readContent(wb.workbook));

  // Another session opens the file: everything in the workbook is replaced, and the store is empty.
  replaceContent(wb.workbook, await readXlsx(file));
  resetPolicyStoreForTests();
  const loaded = await loadPolicy();
  expect(loaded).toMatchObject({ status: "loaded", policy: saved });
  setPolicy(loaded.policy);

  const again = await generate();
  expect(again).toMatchObject({ sheetName: "Review 2026-07", regenerated: true });
  expect(wb.sheetNames()).toEqual(["Data", "Review 2026-07"]);
});

it("writes the settings where Excel keeps them: properties of the add-in's web extension part, reached from the package", async () => {
  const { wb } = await reviewedWithPolicy();
  const zip = await JSZip.loadAsync(await writeXlsx(readContent(wb.workbook)));
  const part = await zip.file("xl/webextensions/webextension1.xml")!.async("string");
  // The reference is this add-in's manifest Id and version.
  const manifest = readFileSync(join(__dirname, "../../manifest.xml"), "utf8");
  expect([ADDIN_ID, ADDIN_VERSION]).toEqual([/<Id>([^<]+)<\/Id>/.exec(manifest)![1], /<Version>([^<]+)<\/Version>/.exec(manifest)![1]]);
  expect(part).toContain(`<we:reference id="${ADDIN_ID}" version="${ADDIN_VERSION}" store="developer" storeType="Registry"/>`);
  const names = [...part.matchAll(/<we:property name="([^"]+)"/g)].map((m) => m[1]);
  expect(names.sort()).toEqual([HISTORY_KEY, POLICY_KEY, REVIEWS_KEY].sort());
  expect(await zip.file("_rels/.rels")!.async("string")).toContain('Type="http://schemas.microsoft.com/office/2011/relationships/webextensiontaskpanes" Target="xl/webextensions/taskpanes.xml"');
  expect(await zip.file("xl/webextensions/_rels/taskpanes.xml.rels")!.async("string")).toContain('Target="webextension1.xml"');
  const types = await zip.file("[Content_Types].xml")!.async("string");
  expect(types).toContain('<Override PartName="/xl/webextensions/webextension1.xml" ContentType="application/vnd.ms-office.webextension+xml"/>');
  // ExcelJS, reading the file as Excel would open it, still finds the sheets.
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(await writeXlsx(readContent(wb.workbook)));
  expect(book.worksheets.map((w) => w.name)).toEqual(["Data", "Review 2026-07"]);
});

it("reads a setting's value exactly, whatever it holds; another add-in's part and a value that is no JSON are left, and said", async () => {
  const tricky = JSON.stringify({ text: `<a href="x">&amp; 'quoted' 中文</a>`, n: 1.5 });
  const file = await writeXlsx({ sheets: [{ name: "Sheet1", cells: [[{ value: 1 }]] }], settings: { "telescore.x": tricky } });
  const zip = await JSZip.loadAsync(file);
  zip.file(
    "xl/webextensions/webextension2.xml",
    '<we:webextension xmlns:we="http://schemas.microsoft.com/office/webextensions/webextension/2010/11" id="{1}"><we:reference id="00000000-0000-0000-0000-000000000001" version="1.0.0.0" store="developer" storeType="Registry"/><we:properties><we:property name="telescore.x" value="&quot;theirs&quot;"/></we:properties></we:webextension>',
  );
  // A value that is no JSON (Excel writes JSON) is not read, and said.
  const ours = await zip.file("xl/webextensions/webextension1.xml")!.async("string");
  zip.file("xl/webextensions/webextension1.xml", ours.replace("</we:properties>", '<we:property name="telescore.broken" value="{not json"/></we:properties>'));
  const content = await readXlsx(await zip.generateAsync({ type: "arraybuffer" }));
  expect(content.settings).toEqual({ "telescore.x": tricky });
  expect(content.notKept).toEqual(["1 other add-in's settings", "1 setting that is not JSON"]);
});

it("keeps the review's conditional formats through save and open, and says on save what the file will not hold (its chart)", async () => {
  const { wb } = await reviewedWithPolicy();
  const review = wb.sheet("Review 2026-07");
  // The review draws a chart, and marks totals with a colour scale and grades with cell value rules.
  const recorded = review.conditionalFormats.filter((f) => !f.removed).map(({ type, area, priority, spec }) => ({ type, area, priority, spec }));
  expect(recorded.map((f) => f.type).sort()).toEqual(["CellValue", "CellValue", "ColorScale"]);
  const charts = review.charts.filter((c) => !c.removed).length;
  expect(charts).toBe(1);
  const content = readContent(wb.workbook);
  expect(content.notKept).toEqual(["1 chart"]);
  expect(notWritable(content)).toEqual([]);

  const opened = await readXlsx(await writeXlsx(content));
  replaceContent(wb.workbook, opened);
  const back = wb.sheet("Review 2026-07").conditionalFormats.map(({ type, area, priority, spec }) => ({ type, area, priority, spec }));
  expect(back).toEqual(recorded);
  expect(opened.notKept).toEqual([]);
});

it("names on open what the file held that the workbench does not read: charts, conditional formats of other kinds", async () => {
  const book = new ExcelJS.Workbook();
  const ws = book.addWorksheet("Scores");
  ws.getCell("A1").value = 90;
  ws.addConditionalFormatting({
    ref: "A1:A10",
    rules: [
      { type: "cellIs", operator: "greaterThan", formulae: ["80"], priority: 1, style: { fill: { type: "pattern", pattern: "solid", bgColor: { argb: "FFC6EFCE" } } } },
      { type: "dataBar", priority: 2, cfvo: [{ type: "min" }, { type: "max" }], color: { argb: "FF638EC6" } } as unknown as ExcelJS.ConditionalFormattingRule,
    ],
  });
  const zip = await JSZip.loadAsync(await book.xlsx.writeBuffer());
  zip.file("xl/charts/chart1.xml", '<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart"/>');
  const opened = await readXlsx(await zip.generateAsync({ type: "arraybuffer" }));
  expect(opened.sheets[0].conditionalFormats).toEqual([
    { type: "CellValue", area: rect(0, 0, 10, 1), priority: 0, stopIfTrue: false, spec: { cellValue: { format: { fill: { color: "#C6EFCE" } }, rule: { formula1: "=80", operator: "GreaterThan" } } } },
  ]);
  expect(opened.notKept).toEqual(["1 chart", "1 conditional format of another kind"]);
  // A format the writer does not know is named on save.
  expect(notWritable({ sheets: [{ name: "S", cells: [], conditionalFormats: [{ type: "DataBar", area: rect(0, 0), priority: 0, stopIfTrue: false, spec: {} }] }] })).toEqual([
    "1 conditional format of another kind",
  ]);
});
