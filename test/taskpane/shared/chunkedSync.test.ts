/** Chunk plans under the 5 MB limit, and one sync per chunk with the signal checked before each. */
import { jsonBytes, planReadChunks, planWriteChunks, READ_BYTES_PER_CELL, syncInChunks } from "../../../src/taskpane/shared/excel/chunkedSync";

describe("planWriteChunks", () => {
  it("cuts rows where the next one would pass the budget, counting UTF-8 bytes of their JSON", () => {
    // ["abc"] is 7 bytes of JSON, + 1 for the comma: 8 a row; a budget of 20 takes 2 rows (16), not 3 (24).
    const rows = Array.from({ length: 5 }, () => ["abc"]);
    expect(planWriteChunks(rows, 20)).toEqual([{ start: 0, end: 2 }, { start: 2, end: 4 }, { start: 4, end: 5 }]);
    // "张" is 3 bytes in UTF-8: ["张三"] is 10 bytes.
    expect(jsonBytes(["张三"])).toBe(10);
    // A row bigger than the budget is a chunk of its own; no rows, no chunks.
    expect(planWriteChunks([["x".repeat(50)], ["y"]], 20)).toEqual([{ start: 0, end: 1 }, { start: 1, end: 2 }]);
    expect(planWriteChunks([], 20)).toEqual([]);
  });
});

describe("planReadChunks", () => {
  it("reads as many rows a chunk as the budget allows at the assumed bytes a cell", () => {
    // 10 columns × 48 bytes = 480 a row; a budget of 1,000 reads 2 rows a chunk.
    expect(READ_BYTES_PER_CELL).toBe(48);
    expect(planReadChunks(5, 10, 1000)).toEqual([{ start: 0, end: 2 }, { start: 2, end: 4 }, { start: 4, end: 5 }]);
    expect(planReadChunks(0, 10, 1000)).toEqual([]);
  });
});

describe("syncInChunks", () => {
  it("queues and syncs each chunk in turn, and stops before the next sync once aborted", async () => {
    const log: string[] = [];
    const context = { sync: async () => void log.push("sync") } as unknown as Excel.RequestContext;
    const controller = new AbortController();
    const spans = planReadChunks(3, 1, READ_BYTES_PER_CELL);
    const run = syncInChunks(context, spans, (span) => log.push(`queue ${span.start}`), {
      signal: controller.signal,
      onChunk: (index) => index === 1 && controller.abort(),
    });
    await expect(run).rejects.toMatchObject({ name: "AbortError" });
    expect(log).toEqual(["queue 0", "sync", "queue 1", "sync"]);
  });
});
