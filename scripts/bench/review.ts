/**
 * Benchmark: generating the review sheet (docs/review.md) against the emulated Excel host
 * (src/workbench/excel over HyperFormula, the TELE functions registered as the tests register them):
 * wall time, the number of context.sync() round trips, the chunks they moved and the largest
 * request and response, for 100, 1,000 and 5,000 reps (a month, live) and 5,000 reps by 3 months
 * (a quarter, live and values only), with the CPU time the process used (user + system, all its
 * threads, the garbage collector's included) and the load average after each case: on a shared
 * machine the wall time counts the waits for a core, the CPU time does not. Each run is checked: every rep is on the sheet with a total
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
import { loadAverage } from "./machine";

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
    const cpuStart = process.cpuUsage();
    const outcome = await generateReview({
      source: { kind: "table", name: "RepData" },
      period: c.months.length === 1 ? c.months[0] : "2026-Q3",
      mode: c.mode,
      locale: "en",
      user: null,
      policy,
    });
    const seconds = (performance.now() - start) / 1000;
    const cpu = process.cpuUsage(cpuStart);
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
      ((cpu.user + cpu.system) / 1e6).toFixed(1),
      loadAverage().split(", ")[0],
      String(wb.host.syncCount),
      String(outcome.chunks.read),
      String(outcome.chunks.write),
      (largest.request / MB).toFixed(2),
      (largest.response / MB).toFixed(2),
    ]);
  }
  return {
    title: "Review sheet generation (emulated Excel host)",
    headers: ["Reps", "Months", "Mode", "Time (s)", "CPU (s)", "Load (1 min)", "Syncs", "Read chunks", "Write chunks", "Largest request (MB)", "Largest response (MB)"],
    rows,
    notes: [
      "Syncs = 2 + read chunks + write chunks in every run: one sync for the source's shape, the chunks, one for the table, the blocks around it and the format.",
      "Chunks keep each request and response under 4 MB of cells (Excel on the web refuses 5 MB). Live rows carry formulas, so they need more chunks than values.",
      "Time is the emulator's: HyperFormula parses and computes every TELE formula of the sheet at each sync. One run per size; it shows the growth, not Excel's speed.",
      "CPU is the process's user + system time over the case, all threads (the garbage collector's too), so it can exceed the wall time on an idle machine; the load is the 1-minute average after the case.",
      "Each run is checked: every rep has a row with a total, no cell is an error, and no round trip reaches 5 MB.",
    ],
  };
}

/**
 * Regenerating a review in place: 1,000 reps by 3 months, live and values only, generated once,
 * then regenerated on an unchanged sheet and on one where the user added 20,000 cells of notes
 * below and beside the review (every tenth rep also a comment). The regeneration writes only
 * TeleScore's cells, so its round trips and request sizes must not grow with what the user added.
 * Each run is checked: every rep still has a total, the user's cells are all still there, and the
 * round trips are 2 plus the chunks.
 */
export async function runReviewRegeneration(policy: Policy): Promise<Table> {
  const rows: string[][] = [];
  for (const mode of ["live", "values"] as const) {
    for (const added of [0, 20_000]) {
      const data = manyReps(1000, Q3);
      const wb = await reviewWorkbook(dataSheet(data), policy);
      wb.table(`Data!A1:U${data.length + 1}`, "RepData");
      const options = { source: { kind: "table", name: "RepData" } as const, period: "2026-Q3", mode, locale: "en" as const, user: null, policy };
      const first = await generateReview(options);
      const sheet = first.sheetName;
      const headers = wb.values(addressOf(sheet, TABLE_TOP, 0, 1, 60))[0];
      const comment = headers.indexOf("Manager comment");
      const totalColumn = headers.indexOf("Total");
      if (added > 0) {
        // 10,000 cells below everything (rows 1,100..2,099, columns A..J) and 10,000 beside it (columns BA..BJ).
        const block = Array.from({ length: 1000 }, (_, i) => Array.from({ length: 10 }, (__, j) => `note ${i}.${j}`));
        wb.put(addressOf(sheet, 1099, 0, 1000, 10), block);
        wb.put(addressOf(sheet, 0, 52, 1000, 10), block);
        wb.put(addressOf(sheet, TABLE_TOP + 1, comment, 1000, 1), Array.from({ length: 1000 }, (_, i) => [i % 10 === 0 ? `talked on day ${i}` : null]));
      }
      wb.host.resetCounters();
      const start = performance.now();
      const outcome = await generateReview(options);
      const seconds = (performance.now() - start) / 1000;
      const table = wb.values(addressOf(sheet, TABLE_TOP + 1, 0, outcome.reps, totalColumn + 1));
      const where = `regenerating 1,000 reps × 3 months (${mode}, ${added} cells added)`;
      if (!outcome.regenerated || table.some((row) => typeof row[totalColumn] !== "number")) throw new Error(`${where}: a rep without a total.`);
      if (added > 0 && (wb.values(addressOf(sheet, 1099 + 0, 0))[0][0] !== "note 0.0" || wb.values(addressOf(sheet, 999, 61))[0][0] !== "note 999.9")) throw new Error(`${where}: a note moved or was lost.`);
      if (wb.host.syncCount !== 2 + outcome.chunks.read + outcome.chunks.write) throw new Error(`${where}: ${wb.host.syncCount} syncs.`);
      rows.push([
        mode,
        added.toLocaleString("en-US"),
        seconds.toFixed(1),
        String(wb.host.syncCount),
        String(outcome.chunks.read),
        String(outcome.chunks.write),
        (Math.max(...wb.host.syncLog.map((s) => s.requestBytes)) / MB).toFixed(2),
        (Math.max(...wb.host.syncLog.map((s) => s.responseBytes)) / MB).toFixed(2),
      ]);
    }
  }
  return {
    title: "Regenerating a review in place: 1,000 reps × 3 months (emulated Excel host)",
    headers: ["Mode", "Cells the user added", "Time (s)", "Syncs", "Read chunks", "Write chunks", "Largest request (MB)", "Largest response (MB)"],
    rows,
    notes: [
      "The regeneration writes TeleScore's cells of each rep's row where it is and nothing else, so syncs and request sizes are the same with 0 or 20,000 cells of the user's beside and below the review.",
      "Each run is checked: every rep has a total afterwards, the user's notes are where they were, syncs = 2 + read chunks + write chunks.",
    ],
  };
}
