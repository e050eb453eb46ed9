/** @jest-environment jsdom */
import "../../support/jsdomSetup";
import { act, screen, within } from "@testing-library/react";
import { mapCallLogHeaders } from "../../../src/engine/review/callLog";
import { valueError, type ScoreError } from "../../../src/engine/errors";

const problem = (error: ScoreError) => ({ reason: error.message, error });
import type { CallLogImport } from "../../../src/taskpane/review/excel/callLogImport";
import { CallLogError } from "../../../src/taskpane/review/excel/callLogImport";
import { ENGLISH_EXPORT } from "../../fixtures/dialerExport";
import { chooseTable, FakeReviewWorkbook, fastUser, mappingRows, renderReview, tableBlock } from "./fakeReviewWorkbook";
import type { Locale } from "../../../src/engine/locale";

// Fluent renders take seconds when the machine is busy.
jest.setTimeout(15_000);

const LOG_HEADERS = ["Operator", "Start time", "Connected", "AvgTalkDuration", "Survey score"];
const LOG = tableBlock("CallLog", "Log", LOG_HEADERS, [
  ["Jim", "2021-01-04 09:12:58", "Y", 0.0016550925925925926, 5],
  ["  jim ", "2021-02-01", "N", null, null],
]);

function workbook(): FakeReviewWorkbook {
  return new FakeReviewWorkbook(["CallLog"], [{ ref: { kind: "table", name: "CallLog" }, block: LOG }]);
}

const IMPORTED: CallLogImport = {
  sheetName: "Rep data 2021-01 to 2021-02 (2)",
  requestedName: "Rep data 2021-01 to 2021-02",
  tableName: "TeleScoreRepData_2021_01",
  tableAddress: "'Rep data 2021-01 to 2021-02 (2)'!A1:R3",
  source: { kind: "table", name: "TeleScoreRepData_2021_01" },
  mapping: mapCallLogHeaders(LOG_HEADERS),
  rows: 2,
  months: ["2021-01", "2021-02"],
  problems: [{ row: 9, ...problem(valueError("notAnswered", { text: "maybe", param: "Connected" })) }],
  report: {
    pseudoAgents: [{ agent: "NO_SERVER", calls: 3 }],
    duplicates: [{ row: 12, repeats: 11 }],
    duplicatesDropped: true,
    zeroSecondCalls: 2,
    talkUnit: { unit: "time", source: "format" },
    dateForm: null,
    customers: false,
  },
};

async function openImport(user: ReturnType<typeof fastUser>): Promise<HTMLElement> {
  await user.click(screen.getByRole("button", { name: "Import a per-call log" }));
  return screen.getByRole("region", { name: "Import a per-call log" });
}

it("imports the chosen log, shows what was made, and makes the new table the review's data", async () => {
  const user = fastUser();
  const fake = workbook();
  renderReview(fake);
  const section = await openImport(user);
  expect(within(section).getByRole("radiogroup", { name: "Where is the call log?" })).toBeTruthy();
  await chooseTable(user, "Table", "CallLog", section);
  await user.click(within(section).getByRole("button", { name: "Import" }));

  expect(fake.imported).toHaveLength(1);
  const { options } = fake.imported[0]!;
  // Headers not read: the adapter uses the choices saved in the workbook.
  expect(options).toMatchObject({ source: { kind: "table", name: "CallLog" }, mapping: undefined, locale: "en" });
  act(() => options.onProgress!(2, 6, "writing"));
  expect(within(section).getByRole("progressbar")).toBeTruthy();
  expect(within(section).getByText("Writing rows 2 of 6")).toBeTruthy();

  await act(async () => fake.imported[0]!.resolve(IMPORTED));

  for (const line of [
    "The rep data is on the new sheet “Rep data 2021-01 to 2021-02 (2)” (table TeleScoreRepData_2021_01).",
    "A sheet named “Rep data 2021-01 to 2021-02” already existed, so a new name was used.",
    "2 rows, one per agent per month.",
    "Months: 2021-01, 2021-02.",
    "Log rows left out (1):",
    "Row 9: \"maybe\" is not an answered flag for Connected. Say in the mapping step whether it means answered (Y/N, 是/否, TRUE/FALSE and 1/0 are known).",
  ]) {
    expect(within(section).getByText(line)).toBeTruthy();
  }
  expect(within(section).getByRole("status").textContent).toBe(
    "The table TeleScoreRepData_2021_01 is now chosen as the review's data: fill in the empty columns, then read its headers.",
  );
  // The review's own picker (the first one) now holds the new table.
  const reviewTable = screen.getAllByRole("combobox", { name: "Table" })[0] as HTMLSelectElement;
  expect(reviewTable.value).toBe("TeleScoreRepData_2021_01");
  expect(screen.getAllByRole("radio", { name: "An Excel table" })[0]).toHaveProperty("checked", true);
});

it("imports with the log's corrected mapping, saved as a call-log mapping", async () => {
  const user = fastUser();
  const fake = workbook();
  renderReview(fake);
  const section = await openImport(user);
  await chooseTable(user, "Table", "CallLog", section);
  await user.click(within(section).getByRole("button", { name: "Read headers" }));
  await within(section).findByRole("table");

  expect(mappingRows("Columns and the TeleScore fields they are read as")).toEqual([
    ["Operator", "Agent", "Exact: “Operator”"],
    ["Start time", "Date", "Exact: “Start time”"],
    ["Connected", "Answered", "Exact: “Connected”"],
    // camelCase is split before matching: "avg talk duration".
    ["AvgTalkDuration", "Talk duration", "Exact: “avg talk duration”. Read in h:mm:ss times: nothing states the unit, so check it."],
    ["Survey score", "Not used", "Not matched: not used"],
  ]);
  await user.selectOptions(within(section).getByRole("combobox", { name: "Field for the column Survey score" }), "satisfaction");
  expect(fake.saves).toEqual([{ kind: "callLog", sourceKey: "table:CallLog", headers: LOG_HEADERS, overrides: { 4: "satisfaction" } }]);

  await user.click(within(section).getByRole("button", { name: "Import" }));
  expect(fake.imported[0]!.options).toMatchObject({ source: { kind: "table", name: "CallLog" }, mapping: { "survey score": "satisfaction" } });

  await user.click(within(section).getByRole("button", { name: "Cancel" }));
  expect(fake.imported[0]!.options.signal?.aborted).toBe(true);
  expect(await within(section).findByText("Cancelled: nothing was changed.")).toBeTruthy();

  await user.click(within(section).getByRole("button", { name: "Import" }));
  await act(async () => fake.imported[1]!.reject(new CallLogError([{ row: 3, ...problem(valueError("agentBlank", {})) }])));
  expect(within(section).getByRole("alert").textContent).toBe("No call in the log could be read. Row 3: The agent is blank.");
});

describe("how a real export is read", () => {
  const EXPORT = tableBlock("Export", "Export", ENGLISH_EXPORT.headers, ENGLISH_EXPORT.rows);
  const exportWorkbook = () => new FakeReviewWorkbook(["Export"], [{ ref: { kind: "table", name: "Export" }, block: EXPORT }]);

  async function readExport(user: ReturnType<typeof fastUser>, fake: FakeReviewWorkbook, locale: Locale = "en"): Promise<HTMLElement> {
    renderReview(fake, locale);
    await user.click(screen.getByRole("button", { name: locale === "en" ? "Import a per-call log" : "导入通话明细" }));
    const section = screen.getByRole("region", { name: locale === "en" ? "Import a per-call log" : "导入通话明细" });
    await chooseTable(user, locale === "en" ? "Table" : "表格", "Export", section);
    await user.click(within(section).getByRole("button", { name: locale === "en" ? "Read headers" : "读取表头" }));
    await within(section).findByRole("table");
    return section;
  }

  it("shows the unit, the date form to confirm, the outcome words and what will be left out, and imports with the rules chosen", async () => {
    const user = fastUser();
    const fake = exportWorkbook();
    const section = await readExport(user, fake);
    expect(mappingRows("Columns and the TeleScore fields they are read as")[6]).toEqual([
      "Talk time (in seconds)",
      "Talk duration",
      "Exact: “Talk time”. Read in seconds, as its header says.",
    ]);
    const rules = within(section).getByRole("group", { name: "How the log is read" });
    const dateForm = within(rules).getByRole("checkbox", { name: "Read the 11 dates written like 990201 as yymmdd (990201 is 1999-02-01)" });
    expect(dateForm).toHaveProperty("checked", false);
    // Outcome words nobody has given a meaning: the user is asked.
    expect(within(rules).getByText("3 without a meaning yet: their rows are left out until you choose.")).toBeTruthy();
    const agent = within(rules).getByRole("combobox", { name: "“AGENT” (6)" }) as HTMLSelectElement;
    expect(agent.value).toBe("");
    for (const line of [
      "Talk duration: Read in seconds, as its header says.",
      "Left out as no agent: “NO_SERVER” 1 call, “-” 1 call, blank 1 call.",
      "1 repeated row: left out.",
      "Customers handled: the distinct values of “Customer ID” per rep per month.",
    ]) {
      expect(within(section).getByText(line)).toBeTruthy();
    }

    await user.click(dateForm);
    await user.selectOptions(agent, "yes");
    await user.selectOptions(within(rules).getByRole("combobox", { name: "“HANG” (4)" }), "no");
    await user.selectOptions(within(rules).getByRole("combobox", { name: "“PHANTOM” (2)" }), "no");
    await user.click(within(rules).getByRole("checkbox", { name: "Leave out repeated rows (the same in every column read)" }));
    const saved = fake.rules.get("table:Export")!;
    expect(saved).toMatchObject({ dateForm: "yymmdd", answeredValues: { agent: true, hang: false, phantom: false }, dropDuplicates: false });
    expect(within(section).getByText("1 repeated row: counted as calls.")).toBeTruthy();
    // Rows read now: the zero-second calls are counted, and said (rows 3 and 4, once the repeat is kept).
    expect(within(section).getByText("2 calls last 0 seconds: counted as calls.")).toBeTruthy();
    expect(within(rules).queryByText(/without a meaning yet/)).toBeNull();

    // The pseudo-agent list is edited as lines; "-" taken off, QUEUE kept, blank stays a checkbox of its own.
    const list = within(rules).getByRole("textbox", { name: "Agent values that are no agent (one per line)" });
    expect((list as HTMLTextAreaElement).value).toBe("NO_SERVER\nSYSTEM\nQUEUE\n-");
    await user.clear(list);
    await user.type(list, "NO_SERVER{Enter}QUEUE");
    await user.tab();
    expect(fake.rules.get("table:Export")!.excludedAgents).toEqual(["NO_SERVER", "QUEUE", ""]);
    expect(within(section).getByText("Left out as no agent: “NO_SERVER” 1 call, blank 1 call.")).toBeTruthy();

    await user.click(within(section).getByRole("button", { name: "Import" }));
    expect(fake.imported[0]!.options.rules).toEqual(fake.rules.get("table:Export"));
  });

  it("says when no customer column is mapped, and speaks Chinese in a Chinese pane", async () => {
    const user = fastUser();
    const section = await readExport(user, exportWorkbook(), "zh");
    await user.selectOptions(within(section).getByRole("combobox", { name: "列“Customer ID”对应的字段" }), "");
    expect(await within(section).findByText("没有客户、联系人或账户列：处理客户数留空，工作量按通话量和通话时长计算。")).toBeTruthy();
    expect(within(section).getByRole("group", { name: "通话明细的读取方式" })).toBeTruthy();
    expect(within(section).getByText("作为无坐席未计入：“NO_SERVER” 1 次通话、“-” 1 次通话、坐席为空 1 次通话。")).toBeTruthy();
  });
});
