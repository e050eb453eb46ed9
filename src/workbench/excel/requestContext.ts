/**
 * Excel.RequestContext: the queue of operations and context.sync(), which runs them in order.
 * As in Excel, a failing operation rejects the sync with its error and nothing after it runs
 * (what ran before it stays done); loaded values reach the proxies only when the whole sync
 * succeeded. Each sync that sends anything is one round trip, logged with its approximate request
 * and response sizes; either over 5 MB fails as Excel on the web fails
 * (https://learn.microsoft.com/office/dev/add-ins/excel/performance#payload-size-limit-best-practices):
 * an oversized request before anything runs, an oversized response after the operations ran.
 */
import { jsonBytes, type Commit, type Op } from "./clientObject";
import { HostError } from "./errors";
import { ExcelWorkbook } from "./excelWorkbook";
import type { Workbook } from "./workbook";
import { errorMessage } from "../../engine/errors";

/** Excel on the web's limit for one request and for one response. */
export const PAYLOAD_LIMIT = 5 * 1024 * 1024;
/** JSON an operation adds besides its values (object path, action type, ids); an estimate. */
const OPERATION_OVERHEAD = 100;

export interface SyncRecord {
  /** Operations sent (property sets, method calls, loads). */
  readonly ops: number;
  readonly requestBytes: number;
  responseBytes: number;
}

/** What every context of one host shares. */
export interface HostState {
  readonly workbook: Workbook;
  readonly syncLog: SyncRecord[];
  nextSyncId(): number;
}

function asHostError(error: unknown): HostError {
  if (error instanceof HostError) return error;
  const wrapped = new HostError("GeneralException", errorMessage(error));
  (wrapped as { cause?: unknown }).cause = error;
  return wrapped;
}

export class RequestContext {
  readonly workbook: ExcelWorkbook;
  /** Accepted and ignored: proxies here stay valid across syncs without tracking. */
  readonly trackedObjects = { add: (): void => undefined, remove: (): void => undefined };
  private pending: Op[] = [];

  constructor(readonly _host: HostState) {
    this.workbook = new ExcelWorkbook(this);
  }

  get _model(): Workbook {
    return this._host.workbook;
  }

  _enqueue(op: Op): void {
    this.pending.push(op);
  }

  async sync(): Promise<void> {
    const ops = this.pending;
    this.pending = [];
    await Promise.resolve();
    if (ops.length === 0) return;
    const record: SyncRecord = {
      ops: ops.length,
      requestBytes: ops.reduce((n, op) => n + OPERATION_OVERHEAD + (op.payload === undefined ? 0 : jsonBytes(op.payload)), 0),
      responseBytes: 0,
    };
    this._host.syncLog.push(record);
    if (record.requestBytes > PAYLOAD_LIMIT) throw new HostError("RequestPayloadSizeLimitExceeded", `about ${record.requestBytes} bytes`);
    const exec = { syncId: this._host.nextSyncId() };
    const commits: Commit[] = [];
    try {
      for (const op of ops) {
        try {
          const commit = op.run(exec);
          if (commit) commits.push(commit);
        } catch (error) {
          throw asHostError(error).at(op.label);
        }
      }
    } finally {
      this._model.endBatch();
    }
    record.responseBytes = commits.reduce((n, c) => n + c.bytes, 0);
    if (record.responseBytes > PAYLOAD_LIMIT) throw new HostError("ResponsePayloadSizeLimitExceeded", `about ${record.responseBytes} bytes`);
    for (const commit of commits) commit.apply();
  }
}
