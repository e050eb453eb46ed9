/**
 * Benchmark: generating the review sheet (docs/review.md) against the emulated Excel host
 * (src/workbench/excel over HyperFormula, the TELE functions registered as the tests register them):
 * wall time, the number of context.sync() round trips, the chunks they moved and the largest
 * request and response, for 100, 1,000 and 5,000 reps (a month, live) and 5,000 reps by 3 months
 * (a quarter, live and values only). Each run is checked: every rep is on the sheet with a total
 * and no error cell, the round trips are 2 plus the chunks, and no request or response reaches
 * Excel on the web's 5 MB. The time is the emulator's (HyperFormula parsing and computing the
 * formulas), one run per size: it shows how the cost grows, not Excel's speed.
 */
import { performance } from "node:perf_hooks";
import type { Policy } from "../../src/engine/policy";
import { generateReview, type ReviewOutcome } from "../../src/taskpane/review/excel/reviewSheet";
import { TABLE_TOP } from "../../src/taskpane/review/plan/reviewPlan";
import { PAYLOAD_LIMIT } from "../../src/workbench/excel/requestContext";
import { addressOf, reviewWorkbook } from "../../test/taskpane/review/reviewHarness";
import { dataSheet, manyReps } from "../../test/taskpane/review/fixtures";
import type { Table } from "./table";

interface Case {
  reps: number;
  months: string[];
  mode: "live" | "values";
}

const JULY = ["2026-07"];
const Q3 = ["2026-07", "2026-08", "2026-09"];
const CASES: Case[] = [
  { reps: 100, months: JULY, mode: "live" },
  { reps: 1000, months: JULY, mode: "live" },
  { reps: 5000, months: JULY, mode: "live" },
  { reps: 5000, months: Q3, mode: "live" },
  { reps: 5000, months: Q3, mode: "values" },
];

const MB = 1024 * 1024;

/** Every rep has a row with a number in the total column, no cell of the table is an error, the round trips are as promised. */
function check(c: Case, outcome: ReviewOutcome, values: unknown[][], total: number, syncs: number, largest: { request: number; response: number }): void {
  const where = `${c.reps} reps × ${c.months.length} months (${c.mode})`;
  if (outcome.reps !== c.reps || values.length !== c.reps) throw new Error(`${where}: ${outcome.reps} reps scored, ${values.length} rows read back.`);
  if (values.some((row) => typeof row[total] !== "number")) throw new Error(`${where}: a rep without a total.`);
  const errors = values.flat().filter((v) => typeof v === "string" && /^#[A-Z/0]+[!?]?$/.test(v));
  if (errors.length > 0) throw new Error(`${where}: ${errors.length} error cells, e.g. ${String(errors[0])}.`);
  if (syncs !== 2 + outcome.chunks.read + outcome.chunks.write) throw new Error(`${where}: ${syncs} syncs for ${JSON.stringify(outcome.chunks)} chunks.`);
  if (largest.request >= PAYLOAD_LIMIT || largest.response >= PAYLOAD_LIMIT) throw new Error(`${where}: a round trip reached 5 MB.`);
}

export async function runReviewGeneration(policy: Policy): Promise<Table> {
  const rows: string[][] = [];
  for (const c of CASES) {
    const data = manyReps(c.reps, c.months);
    const wb = await reviewWorkbook(dataSheet(data), policy);
    wb.table(`Data!A1:U${data.length + 1}`, "RepData");
    wb.host.resetCounters();
    const start = performance.now();
    const outcome = await generateReview({
      source: { kind: "table", name: "RepData" },
      period: c.months.length === 1 ? c.months[0] : "2026-Q3",
      mode: c.mode,
      locale: "en",
      user: null,
      policy,
    });
    const seconds = (performance.now() - start) / 1000;
    const totalColumn = wb.values(addressOf(outcome.sheetName, TABLE_TOP, 0, 1, 60))[0].indexOf("Total");
    const table = wb.values(addressOf(outcome.sheetName, TABLE_TOP + 1, 0, outcome.reps, totalColumn + 3));
    const largest = {
      request: Math.max(...wb.host.syncLog.map((s) => s.requestBytes)),
      response: Math.max(...wb.host.syncLog.map((s) => s.responseBytes)),
    };
    check(c, outcome, table, totalColumn, wb.host.syncCount, largest);
    rows.push([
      c.reps.toLocaleString("en-US"),
      String(c.months.length),
      c.mode,
      seconds.toFixed(1),
      String(wb.host.syncCount),
      String(outcome.chunks.read),
      String(outcome.chunks.write),
      (largest.request / MB).toFixed(2),
      (largest.response / MB).toFixed(2),
    ]);
  }
  return {
    title: "Review sheet generation (emulated Excel host)",
    headers: ["Reps", "Months", "Mode", "Time (s)", "Syncs", "Read chunks", "Write chunks", "Largest request (MB)", "Largest response (MB)"],
    rows,
    notes: [
      "Syncs = 2 + read chunks + write chunks in every run: one sync for the source's shape, the chunks, one to format and swap the sheet in.",
      "Chunks keep each request and response under 4 MB of cells (Excel on the web refuses 5 MB). Live rows carry formulas, so they need more chunks than values.",
      "Time is the emulator's: HyperFormula parses and computes every TELE formula of the sheet at each sync, and after each chunk it recomputes the rank and summary formulas over the whole grown column, so live time grows faster than the reps. One run per size; it shows the growth, not Excel's speed.",
      "Each run is checked: every rep has a row with a total, no cell is an error, and no round trip reaches 5 MB.",
    ],
  };
}
