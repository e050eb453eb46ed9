/**
 * What generation costs in round trips and what a cancel or an error leaves behind: the number of
 * context.sync() calls is a constant plus the chunks moved, whatever the number of reps; every
 * request and response stays under Excel on the web's 5 MB; a cancel or a failure leaves the
 * workbook as it was.
 */
import { PAYLOAD_LIMIT } from "../../../src/workbench/excel/requestContext";
import { generateReview, type GenerateReviewOptions } from "../../../src/taskpane/review/excel/reviewSheet";
import { REVIEWS_KEY } from "../../../src/taskpane/review/excel/reviewRegistry";
import { TABLE_TOP } from "../../../src/taskpane/review/plan/reviewPlan";
import { dataSheet, JULY, JULY_COLUMNS, manyReps, reviewRows } from "./fixtures";
import { addressOf, reviewWorkbook } from "./reviewHarness";

const SHEET = "Review 2026-07";
const options = (over: Partial<GenerateReviewOptions> = {}): GenerateReviewOptions => ({
  source: { kind: "table", name: "RepData" },
  period: "2026-07",
  mode: "live",
  locale: "en",
  user: null,
  ...over,
});

async function julyWorkbook() {
  const wb = await reviewWorkbook(dataSheet(JULY));
  wb.table("Data!A1:U4", "RepData");
  return wb;
}

describe("round trips", () => {
  /**
   * A first generation: 1 sync for the source's shape, the marker and the record; the source's values
   * (read chunks, the first also bringing the saved mapping); the review's rows (write chunks, the first
   * also creating the sheet and the table's header); 1 sync for the blocks, the table and its format. So syncs = 2 + chunks.
   */
  it.each([
    ["10 reps, live", 10, "live"],
    ["10 reps, values only", 10, "values"],
    ["1,000 reps, values only", 1000, "values"],
  ] as const)("%s: 2 syncs plus one per chunk, each under 5 MB", async (_, reps, mode) => {
    // Five months of data, so that 1,000 reps are 5,000 source rows: more than one read chunk (21 columns
    // at 48 bytes a cell allow 4 MB / 1,008 B = 4,161 rows a chunk).
    const rows = manyReps(reps, ["2026-05", "2026-06", "2026-07", "2026-08", "2026-09"]);
    const wb = await reviewWorkbook(dataSheet(rows));
    wb.table(`Data!A1:U${rows.length + 1}`, "RepData");
    wb.host.resetCounters();
    const progress: string[] = [];
    const outcome = await generateReview(options({ mode, onProgress: (done, total, phase) => progress.push(`${phase} ${done}/${total}`) }));
    expect(outcome.reps).toBe(reps);
    expect(outcome.chunks.read).toBe(reps === 1000 ? 2 : 1);
    // Source rows read (5 per rep), then review rows written, then the last step.
    const read = reps === 1000 ? ["reading 4161/5000", "reading 5000/5000"] : ["reading 50/50"];
    expect(progress).toEqual(["reading 0/0", ...read, `writing ${reps}/${reps}`, `finishing ${reps}/${reps}`]);
    expect(wb.host.syncCount).toBe(2 + outcome.chunks.read + outcome.chunks.write);
    for (const s of wb.host.syncLog) {
      expect(s.requestBytes).toBeLessThan(PAYLOAD_LIMIT);
      expect(s.responseBytes).toBeLessThan(PAYLOAD_LIMIT);
    }
  });

  it("regenerating adds one sync to read the manager's cells back, and one more when rows are kept", async () => {
    const wb = await julyWorkbook();
    await generateReview(options());
    wb.host.resetCounters();
    const same = await generateReview(options());
    // Nothing to keep: the previous version's columns come with the source's values; no extra sync.
    expect(wb.host.syncCount).toBe(2 + same.chunks.read + same.chunks.write);
    wb.put("Data!A4:U4", [new Array(21).fill(null)]);
    wb.host.resetCounters();
    const kept = await generateReview(options());
    expect(kept.kept.map((k) => k.repId)).toEqual(["E008"]);
    expect(wb.host.syncCount).toBe(3 + kept.chunks.read + kept.chunks.write);
  });
});

describe("cancelling", () => {
  it("before it starts: nothing is sent", async () => {
    const wb = await julyWorkbook();
    wb.host.resetCounters();
    const controller = new AbortController();
    controller.abort();
    await expect(generateReview(options({ signal: controller.signal }))).rejects.toMatchObject({ name: "AbortError" });
    expect(wb.host.syncCount).toBe(0);
    expect(wb.sheetNames()).toEqual(["Data"]);
  });

  it("while reading: no sheet is added", async () => {
    const wb = await julyWorkbook();
    const controller = new AbortController();
    const run = generateReview(options({ signal: controller.signal, onProgress: (done, _, phase) => phase === "reading" && done > 0 && controller.abort() }));
    await expect(run).rejects.toMatchObject({ name: "AbortError" });
    expect(wb.sheetNames()).toEqual(["Data"]);
    expect(wb.workbook.settings.has(REVIEWS_KEY)).toBe(false);
  });

  it("while writing a new review: its sheet goes, the workbook is as it was", async () => {
    const wb = await julyWorkbook();
    const controller = new AbortController();
    let during: string[] = [];
    const run = generateReview(
      options({
        signal: controller.signal,
        onProgress: (_, __, phase) => {
          if (phase !== "writing") return;
          during = wb.sheetNames();
          controller.abort();
        },
      }),
    );
    await expect(run).rejects.toMatchObject({ name: "AbortError" });
    expect(during).toEqual(["Data", SHEET]);
    expect(wb.sheetNames()).toEqual(["Data"]);
    expect(wb.workbook.settings.has(REVIEWS_KEY)).toBe(false);
  });

  it("a regeneration, once it writes, finishes: the review is never left half updated", async () => {
    const wb = await julyWorkbook();
    await generateReview(options());
    wb.put(addressOf(SHEET, TABLE_TOP + 1, JULY_COLUMNS.findIndex((c) => c.key === "comment")), [["keep me"]]);
    wb.put("Data!E2", [[900]]);
    const controller = new AbortController();
    const outcome = await generateReview(options({ signal: controller.signal, onProgress: (_, __, phase) => phase === "writing" && controller.abort() }));
    expect(outcome.regenerated).toBe(true);
    const [ann] = reviewRows(wb, SHEET, 1);
    expect([ann.comment, ann["calls.actual"]]).toEqual(["keep me", 900]);
  });
});

describe("a failure", () => {
  it("in the last sync of a new review (its table name taken meanwhile) deletes the new sheet and nothing else", async () => {
    const wb = await julyWorkbook();
    const run = generateReview(
      options({
        onProgress: (_, __, phase) => {
          if (phase !== "finishing") return;
          wb.put("Data!X1:X2", [["Mine"], [1]]);
          wb.table("Data!X1:X2", "TeleScoreReview_2026_07"); // the user names a table so while the review is being written
        },
      }),
    );
    await expect(run).rejects.toMatchObject({ code: "ItemAlreadyExists" });
    expect(wb.sheetNames()).toEqual(["Data"]);
    expect(wb.values("Data!X2")).toEqual([[1]]);
  });

  it("a missing required column is reported before anything is written", async () => {
    const wb = await reviewWorkbook({ Data: [["Name", "Calls"], ["Ann", 1800]] });
    wb.table("Data!A1:B2", "RepData");
    await expect(generateReview(options())).rejects.toThrow(/Map a column to Position, Period before generating the review/);
    expect(wb.sheetNames()).toEqual(["Data"]);
  });
});
