/** @jest-environment jsdom */
import "../../support/jsdomSetup";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { render, screen, waitFor } from "@testing-library/react";
import { defaultPolicy } from "../../../src/engine/policy";
import { aggregateCallLog, callLogTable, mapCallLogHeaders } from "../../../src/engine/review/callLog";
import { DEFAULT_CALL_LOG_RULES } from "../../../src/engine/review/callLogRules";
import { CallLogFile } from "../../../src/taskpane/review/csvFile/CallLogFile";
import { runInThisThread, type RunFile } from "../../../src/taskpane/review/csvFile/callLogFileCore";
import { useNotices } from "../../../src/taskpane/review/useNotices";
import { LocaleProvider } from "../../../src/taskpane/shared/i18n/LocaleContext";
import type { Locale } from "../../../src/engine/locale";
import { File as NodeFile } from "node:buffer";
import { TextDecoder as NodeTextDecoder } from "node:util";
import { ENGLISH_EXPORT } from "../../fixtures/dialerExport";
import { FakeReviewWorkbook, fastUser } from "./fakeReviewWorkbook";

jest.setTimeout(20_000);

// jsdom has neither Blob.arrayBuffer nor TextDecoder; Node's implement the same WHATWG APIs the browser's do.
globalThis.TextDecoder ??= NodeTextDecoder as unknown as typeof TextDecoder;
const csvFile = (text: string, name: string): File => new NodeFile([text], name, { type: "text/csv" }) as unknown as File;

const CSV = [ENGLISH_EXPORT.headers, ...ENGLISH_EXPORT.rows].map((r) => r.map((v) => (v === null ? "" : String(v))).join(",")).join("\r\n");

function renderFile(runFile: RunFile, locale: Locale = "en") {
  const fake = new FakeReviewWorkbook([], []);
  const imported: unknown[] = [];
  // The status and alert lines are the section's (CallLogSection renders them the same way).
  function Section() {
    const notices = useNotices();
    return (
      <>
        <CallLogFile workbook={fake} onImported={(r) => imported.push(r)} notices={notices} runFile={runFile} />
        <div role="status">{notices.status}</div>
        <div role="alert">{notices.error}</div>
      </>
    );
  }
  render(
    <FluentProvider theme={webLightTheme}>
      <LocaleProvider displayLanguage={locale} storage={null}>
        <Section />
      </LocaleProvider>
    </FluentProvider>,
  );
  return { fake, imported };
}

it("reads a CSV file in the worker's way, lets the user set the rules, and writes the same rep-months as the sheet import", async () => {
  const user = fastUser();
  const { fake } = renderFile(runInThisThread);
  await user.upload(screen.getByLabelText("CSV file"), csvFile(CSV, "dialer.csv"));
  // The headers come from the file's first line, read by the same mapping table as a sheet's.
  const read = await screen.findByRole("button", { name: "Read the file" });
  await user.click(read);
  await screen.findByText(/Read 12 rows of calls: 0 agent-months/); // the outcome words are nobody's yet, the dates unconfirmed
  // The user says what the words mean and confirms the date form, as for a sheet, then reads again.
  for (const [word, meaning] of [["AGENT", "Answered"], ["HANG", "Not answered"], ["PHANTOM", "Not answered"]]) {
    await user.selectOptions(screen.getByRole("combobox", { name: new RegExp(`^“?${word}`) }), meaning);
  }
  await user.click(screen.getByRole("checkbox", { name: /yymmdd/ }));
  expect((screen.getByRole("button", { name: "Write the table" }) as HTMLButtonElement).disabled).toBe(true);
  await user.click(read);
  await screen.findByText(/Read 12 rows of calls: 2 agent-months/);
  await user.click(screen.getByRole("button", { name: "Write the table" }));
  await waitFor(() => expect(fake.written.length).toBe(1));
  const rules = { ...DEFAULT_CALL_LOG_RULES, dateForm: "yymmdd" as const, answeredValues: { agent: true, hang: false, phantom: false } };
  const sheet = aggregateCallLog(ENGLISH_EXPORT, mapCallLogHeaders(ENGLISH_EXPORT.headers), defaultPolicy(), rules);
  const { aggregate } = fake.written[0].options;
  expect(callLogTable(aggregate.agents, "en")).toEqual(callLogTable(sheet.agents, "en"));
  expect(aggregate.problems.map((p) => [p.row, p.error.text("zh")])).toEqual(sheet.problems.map((p) => [p.row, p.error.text("zh")]));
});

it("shows the read's progress with an accessible label and cancels it", async () => {
  const user = fastUser();
  let cancelledWith: unknown = null;
  // A run that reports a third of the file and waits: the test cancels it.
  const waiting: RunFile = (request, onProgress, signal) =>
    request.kind === "headers"
      ? runInThisThread(request, onProgress, signal)
      : new Promise((_, reject) => {
          onProgress(32 * 1024 * 1024, 96 * 1024 * 1024);
          signal?.addEventListener("abort", () => {
            cancelledWith = signal.reason;
            reject(signal.reason);
          });
        });
  renderFile(waiting, "zh");
  await user.upload(screen.getByLabelText("CSV 文件"), csvFile(CSV, "dialer.csv"));
  await user.click(await screen.findByRole("button", { name: "读取文件" }));
  const bar = await screen.findByRole("progressbar", { name: "正在读取文件：33.33%（96 MB 中的 32 MB）" });
  expect(bar.getAttribute("aria-valuenow")).toBe(String(1 / 3));
  await user.click(screen.getByRole("button", { name: "取消" }));
  await screen.findByText("已取消：未做任何更改。");
  expect(cancelledWith).toBeInstanceOf(Error);
  expect(screen.queryByRole("progressbar")).toBeNull();
});
