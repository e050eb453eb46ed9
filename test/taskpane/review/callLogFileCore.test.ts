/**
 * The call-log file worker's work, run on this thread (runInThisThread: the same code the worker
 * runs): a File read in slices, decoded across slice boundaries, headers first, then the aggregate,
 * with progress in bytes and a cancel that stops the read.
 */
import type { CellValue } from "../../../src/engine/input";
import { defaultPolicy } from "../../../src/engine/policy";
import { aggregateCallLog, callLogTable, mapCallLogHeaders } from "../../../src/engine/review/callLog";
import { DEFAULT_CALL_LOG_RULES } from "../../../src/engine/review/callLogRules";
import { ScoreError } from "../../../src/engine/errors";
import { runInThisThread, SLICE_BYTES, type FileRequest } from "../../../src/taskpane/review/csvFile/callLogFileCore";
import { ENGLISH_EXPORT } from "../../fixtures/dialerExport";

const policy = defaultPolicy();
const RULES = { ...DEFAULT_CALL_LOG_RULES, dateForm: "yymmdd" as const, answeredValues: { agent: true, hang: false, phantom: false } };
const csv = (rows: CellValue[][]) => rows.map((r) => r.map((v) => (v === null ? "" : String(v))).join(",")).join("\r\n");
const aggregate = (file: Blob, onProgress: (read: number, total: number) => void = () => undefined, signal?: AbortSignal) =>
  runInThisThread({ kind: "aggregate", file, overrides: {}, rules: RULES, policy } satisfies FileRequest, onProgress, signal);

describe("reading a call-log CSV file off the sheet", () => {
  it("reads the headers only from the file's first line", async () => {
    const file = new Blob(["\uFEFFAgent;Call Date;Outcome\r\nAnn;990201;AGENT\r\n"]);
    expect(await runInThisThread({ kind: "headers", file }, () => undefined)).toEqual({ kind: "headers", headers: ["Agent", "Call Date", "Outcome"] });
  });

  it("gives the rep-month table the sheet import gives for the same log, with progress up to the file's size", async () => {
    const file = new Blob([csv([ENGLISH_EXPORT.headers, ...ENGLISH_EXPORT.rows])]);
    const progress: number[] = [];
    const result = await aggregate(file, (read, total) => progress.push(read / total));
    if (result.kind !== "done") throw new Error("no aggregate");
    const sheet = aggregateCallLog(ENGLISH_EXPORT, mapCallLogHeaders(ENGLISH_EXPORT.headers), policy, RULES);
    expect(callLogTable(result.aggregate.agents, "zh")).toEqual(callLogTable(sheet.agents, "zh"));
    expect(result.aggregate.problems.map((p) => p.row)).toEqual(sheet.problems.map((p) => p.row));
    expect(result.aggregate.rows).toBe(12);
    expect(result.aggregate.answers?.map((a) => [a.key, a.calls])).toEqual([["agent", 6], ["hang", 4], ["phantom", 2]]);
    expect(progress[progress.length - 1]).toBe(1);
  });

  it("keeps a Chinese character split between two slices whole", async () => {
    const line = "张三,2021-01-05,已接通\r\n"; // 3 bytes a Chinese character: some line straddles the slice end
    const count = Math.ceil((SLICE_BYTES * 1.5) / Buffer.byteLength(line));
    const file = new Blob(["坐席,日期,通话结果\r\n" + line.repeat(count)]);
    const result = await aggregate(file);
    if (result.kind !== "done") throw new Error("no aggregate");
    expect(result.aggregate.agents.map((a) => [a.agent, a.calls, a.answered])).toEqual([["张三", 1, 1]]); // the rest repeat the first
    expect(result.aggregate.report.duplicates.length).toBe(count - 1);
    expect(result.aggregate.problems).toEqual([]);
  });

  it("reads a GB 18030 file (Chinese Excel's CSV) when it is not UTF-8", async () => {
    // 坐席,日期 / 张三,2021-01-05 in GB 18030
    const bytes = [0xd7, 0xf8, 0xcf, 0xaf, 0x2c, 0xc8, 0xd5, 0xc6, 0xda, 0x0d, 0x0a, 0xd5, 0xc5, 0xc8, 0xfd, 0x2c, ...Buffer.from("2021-01-05\r\n")];
    const result = await aggregate(new Blob([new Uint8Array(bytes)]));
    if (result.kind !== "done") throw new Error("no aggregate");
    expect(result.aggregate.agents.map((a) => [a.agent, a.period, a.calls])).toEqual([["张三", "2021-01", 1]]);
  });

  it("says plainly when the file is not text, in English and Chinese", async () => {
    const error = await aggregate(new Blob([new Uint8Array([0x41, 0x2c, 0xff, 0xff, 0x0a])])).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ScoreError);
    expect((error as ScoreError).text("en")).toMatch(/not text in UTF-8 or GB 18030/);
    expect((error as ScoreError).text("zh")).toMatch(/不是 UTF-8 或 GB 18030/);
  });

  it("stops when cancelled", async () => {
    const file = new Blob(["Agent,Date\r\n" + "Ann,2021-01-05\r\n".repeat(200_000)]);
    const controller = new AbortController();
    let slices = 0;
    const run = aggregate(
      file,
      () => {
        slices += 1;
        controller.abort(new Error("cancelled"));
      },
      controller.signal,
    );
    await expect(run).rejects.toThrow("cancelled");
    await new Promise((r) => setTimeout(r, 50));
    expect(slices).toBe(1);
  });
});
