/**
 * Big transfers in chunks, one context.sync() per chunk. Excel on the web refuses a request or a
 * response over 5 MB (https://learn.microsoft.com/office/dev/add-ins/excel/performance#payload-size-limit-best-practices),
 * so a review of thousands of reps is written, and a long call log read, a block of rows at a time.
 * A chunk is never a row: the number of syncs grows with the bytes moved, not with the row count.
 * Between chunks the caller's AbortSignal is honoured, so a cancel stops before the next round trip.
 */

/** Bytes one request may spend on cells: the 5 MB limit less room for the other operations of the same sync. */
export const REQUEST_BUDGET = 4 * 1024 * 1024;
/** Bytes one response may spend on cells read back. */
export const RESPONSE_BUDGET = 4 * 1024 * 1024;
/**
 * What a cell is assumed to cost in a response before it is read (a date-time serial is 16 digits,
 * a name or an id a few words): used only to size read chunks, so it errs high.
 */
export const READ_BYTES_PER_CELL = 48;

const encoder = new TextEncoder();

/** UTF-8 bytes of the value's JSON, as it travels to Excel (Chinese text is 3 bytes a character). */
export function jsonBytes(value: unknown): number {
  return encoder.encode(JSON.stringify(value) ?? "").length;
}

/**
 * Consecutive row spans [start, end) of `rows` whose JSON each fits `budget` bytes; a row too big
 * alone is a span of its own. `bytesOf` is what a row costs when more than its cells travel with it.
 */
export function planWriteChunks<T>(rows: readonly T[], budget = REQUEST_BUDGET, bytesOf: (row: T) => number = (row) => jsonBytes(row) + 1): { start: number; end: number }[] {
  const spans: { start: number; end: number }[] = [];
  let start = 0;
  let bytes = 0;
  rows.forEach((row, i) => {
    const size = bytesOf(row);
    if (i > start && bytes + size > budget) {
      spans.push({ start, end: i });
      start = i;
      bytes = 0;
    }
    bytes += size;
  });
  if (rows.length > start) spans.push({ start, end: rows.length });
  return spans;
}

/** Row spans for reading `rowCount` rows of `columnCount` cells, each response within the budget. */
export function planReadChunks(rowCount: number, columnCount: number, budget = RESPONSE_BUDGET): { start: number; end: number }[] {
  const perChunk = Math.max(1, Math.floor(budget / (Math.max(1, columnCount) * READ_BYTES_PER_CELL)));
  const spans: { start: number; end: number }[] = [];
  for (let start = 0; start < rowCount; start += perChunk) spans.push({ start, end: Math.min(rowCount, start + perChunk) });
  return spans;
}

export interface ChunkOptions {
  signal?: AbortSignal;
  /** Called after each chunk's sync with the chunk's index (0-based) and span. */
  onChunk?: (index: number, span: { start: number; end: number }) => void;
}

/**
 * For each span: checks the signal, queues the chunk's operations with `queue`, and syncs. What the
 * caller queued before calling goes with the first chunk. Rejects with the signal's reason when it
 * is aborted before a chunk; what earlier chunks did stays done (the caller cleans up).
 */
export async function syncInChunks(
  context: Excel.RequestContext,
  spans: readonly { start: number; end: number }[],
  queue: (span: { start: number; end: number }, index: number) => void,
  options: ChunkOptions = {},
): Promise<void> {
  for (const [index, span] of spans.entries()) {
    options.signal?.throwIfAborted();
    queue(span, index);
    // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one sync per chunk is the point: each request stays under Excel's 5 MB cap
    await context.sync();
    options.onChunk?.(index, span);
  }
}
