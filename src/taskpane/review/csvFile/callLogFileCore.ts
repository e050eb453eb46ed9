/**
 * What the call-log file worker does, without the worker, so tests run it as it is (docs/review.md,
 * "Importing a CSV file"): read a File in 1 MiB slices, decode them as one text (UTF-8, or GB 18030
 * when the file is not UTF-8, as Chinese Excel saves CSV), and feed the engine's streaming reader
 * and aggregator, posting progress in bytes. Memory holds one slice and the rep-months, never the
 * file. Results cross to the pane as plain data: a problem's ScoreError as its code and facts.
 */
import { ScoreError, valueError } from "../../../engine/errors";
import type { Policy } from "../../../engine/policy";
import { AnswerTally, CallLogAggregator, mapCallLogHeaders, type AnswerValue, type CallLogField, type CallLogResult } from "../../../engine/review/callLog";
import { CallLogCsv, type RowSink } from "../../../engine/review/callLogCsv";
import type { CallLogRules } from "../../../engine/review/callLogRules";
import type { ColumnUnit } from "../../../engine/review/duration";
import type { HeaderMapping } from "../../../engine/review/headerMapping";

export const SLICE_BYTES = 1 << 20;

export type FileRequest =
  | { kind: "headers"; file: Blob }
  | {
      kind: "aggregate";
      file: Blob;
      overrides: Record<number, CallLogField | null>;
      rules: CallLogRules;
      policy: Pick<Policy, "ratingScale" | "csatMethod">;
    };

/** A ScoreError as plain data, to cross postMessage (which drops its class). */
export interface PlainError {
  kind: ScoreError["kind"];
  code: ScoreError["code"];
  facts: unknown;
}

export interface FileAggregate {
  mapping: HeaderMapping<CallLogField>;
  agents: CallLogResult["agents"];
  problems: { row: number; error: PlainError }[];
  report: CallLogResult["report"];
  /** The answered column's values (null without one), for the rules step. */
  answers: AnswerValue[] | null;
  /** The talk-time unit without the user's choice (null without the column), for the rules step. */
  automaticUnit: ColumnUnit | null;
  /** Data rows read (the header not counted). */
  rows: number;
}

export type FileReply =
  | { kind: "progress"; read: number; total: number }
  | { kind: "headers"; headers: string[] }
  | { kind: "done"; aggregate: FileAggregate }
  | { kind: "failed"; error: PlainError | { message: string } };

/** The aggregator, and the answered words tallied on the way. */
type Sink = RowSink & { aggregator: CallLogAggregator };

const plain = (e: ScoreError): PlainError => ({ kind: e.kind, code: e.code, facts: e.facts });

/** The error back as a ScoreError, its message in every language. */
export const toScoreError = (e: PlainError): ScoreError => new ScoreError(e.kind, e.code, e.facts as never);

/** Text decoded across slices: a character split between two slices is joined, never replaced. */
function decoder(label: "utf-8" | "gb18030"): TextDecoder {
  return new TextDecoder(label, { fatal: true });
}

/** Runs one request, posting progress and then the headers, the aggregate or the failure. */
export async function runFileRequest(request: FileRequest, post: (reply: FileReply) => void, signal?: AbortSignal): Promise<void> {
  try {
    post(await readFile(request, post, signal));
  } catch (e) {
    if (signal?.aborted) return;
    post({ kind: "failed", error: e instanceof ScoreError ? plain(e) : { message: e instanceof Error ? e.message : String(e) } });
  }
}

async function readFile(request: FileRequest, post: (reply: FileReply) => void, signal?: AbortSignal): Promise<FileReply> {
  const { file } = request;
  let tally: AnswerTally | null = null;
  let mapping: HeaderMapping<CallLogField> | null = null;
  const log =
    request.kind === "headers"
      ? new CallLogCsv<Sink>()
      : new CallLogCsv<Sink>((headers) => {
          mapping = mapCallLogHeaders(headers, request.overrides);
          const aggregator = new CallLogAggregator(mapping, request.policy, request.rules);
          const column = mapping.columns.answered;
          tally = column === undefined ? null : new AnswerTally(column, request.rules.answeredValues);
          return {
            aggregator,
            add(cells, row) {
              tally?.add(cells);
              aggregator.add(cells, row);
            },
          };
        });
  let text = decoder("utf-8");
  let utf8 = true;
  for (let start = 0; start < file.size; start += SLICE_BYTES) {
    signal?.throwIfAborted();
    const bytes = new Uint8Array(await file.slice(start, start + SLICE_BYTES).arrayBuffer());
    let chunk: string;
    try {
      chunk = text.decode(bytes, { stream: true });
    } catch {
      // Not UTF-8: a Chinese Excel's CSV is GB 18030; found in the first slice, the file is read again as that.
      if (!utf8 || start > 0) throw valueError("csvNotText", { byte: start });
      utf8 = false;
      text = decoder("gb18030");
      try {
        chunk = text.decode(bytes, { stream: true });
      } catch {
        throw valueError("csvNotText", { byte: start });
      }
    }
    const more = log.push(chunk);
    post({ kind: "progress", read: Math.min(start + SLICE_BYTES, file.size), total: file.size });
    if (!more) break;
  }
  if (request.kind === "headers") {
    if (log.headers === null) log.end();
    return { kind: "headers", headers: log.headers ?? [] };
  }
  try {
    log.push(text.decode());
  } catch {
    throw valueError("csvNotText", { byte: file.size });
  }
  log.end();
  const sink = log.sink;
  if (sink === null || mapping === null) return { kind: "headers", headers: [] };
  const result = sink.aggregator.finish();
  const answers = (tally as AnswerTally | null)?.values() ?? null;
  return {
    kind: "done",
    aggregate: {
      mapping,
      agents: result.agents,
      problems: result.problems.map((p) => ({ row: p.row, error: plain(p.error) })),
      report: result.report,
      answers,
      automaticUnit: sink.aggregator.automaticTalkUnit(),
      rows: log.rows - 1,
    },
  };
}

/** What a run ends with: the headers, or the aggregate. */
export type FileResult = Extract<FileReply, { kind: "headers" | "done" }>;

/** Runs a request somewhere (the worker, or this thread in tests) and settles with its result. */
export type RunFile = (request: FileRequest, onProgress: (read: number, total: number) => void, signal?: AbortSignal) => Promise<FileResult>;

/** Replies as the pane takes them: progress passed on, the result resolved, a failure rejected (a ScoreError when it is one). */
export function settleReplies(onProgress: (read: number, total: number) => void, resolve: (result: FileResult) => void, reject: (error: unknown) => void): (reply: FileReply) => void {
  return (reply) => {
    if (reply.kind === "progress") onProgress(reply.read, reply.total);
    else if (reply.kind === "failed") reject("code" in reply.error ? toScoreError(reply.error) : new Error(reply.error.message));
    else resolve(reply);
  };
}

/** The worker's work on this thread: what the tests run (jsdom has no workers). */
export const runInThisThread: RunFile = (request, onProgress, signal) =>
  new Promise((resolve, reject) => {
    signal?.addEventListener("abort", () => reject(signal.reason), { once: true });
    void runFileRequest(request, settleReplies(onProgress, resolve, reject), signal);
  });
