/** @jest-environment jsdom */
import "../../support/jsdomSetup";
import { act, screen, within } from "@testing-library/react";
import { mapCallLogHeaders } from "../../../src/engine/review/callLog";
import type { CallLogImport } from "../../../src/taskpane/review/excel/callLogImport";
import { CallLogError } from "../../../src/taskpane/review/excel/callLogImport";
import { chooseTable, FakeReviewWorkbook, fastUser, mappingRows, renderReview, tableBlock } from "./fakeReviewWorkbook";

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
  problems: [{ row: 9, reason: "\"maybe\" is not an answered flag for Connected. Use Y or N (also 是/否, TRUE/FALSE, 1/0)." }],
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
    "Row 9: \"maybe\" is not an answered flag for Connected. Use Y or N (also 是/否, TRUE/FALSE, 1/0).",
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
    ["Operator", "Agent", "Exact: “operator”"],
    ["Start time", "Date", "Exact: “start time”"],
    ["Connected", "Answered", "Exact: “connected”"],
    // camelCase is split before matching: "avg talk duration".
    ["AvgTalkDuration", "Talk duration", "Exact: “avg talk duration”"],
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
  await act(async () => fake.imported[1]!.reject(new CallLogError([{ row: 3, reason: "The agent is blank." }])));
  expect(within(section).getByRole("alert").textContent).toBe("No call in the log could be read. Row 3: The agent is blank.");
});
