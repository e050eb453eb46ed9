/**
 * Benchmark: a dialer log larger than a sheet, imported from a CSV file (docs/review.md,
 * "Importing a CSV file"). A seeded 2,000,000-call file is written to a temporary file (never
 * committed, deleted after), then a child process streams it in 1 MiB chunks through the engine's
 * CSV reader and call-log aggregator, as the pane's worker does, and reports its time and peak
 * memory (process.memoryUsage after every chunk), so the parent's own memory does not count. The run
 * is checked: every row is counted once as a call, a repeat, a pseudo-agent's call or a problem,
 * and the repeats and pseudo-agent calls are exactly those written.
 */
import { spawnSync } from "node:child_process";
import { createWriteStream, mkdtempSync, rmSync, statSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { seededRandom } from "./random";
import { count, type Table } from "./table";

const CALLS = 2_000_000;
const REPS = 200;
const MONTHS = ["2026-01", "2026-02", "2026-03", "2026-04", "2026-05", "2026-06"];
const MiB = 1024 * 1024;

export interface CsvRunResult {
  rows: number;
  calls: number;
  repeats: number;
  pseudo: number;
  problems: number;
  repMonths: number;
  seconds: number;
  peakRss: number;
  peakHeap: number;
}

/** Writes the file; returns how many rows repeat an earlier one and how many are pseudo-agents'. */
async function writeLog(file: string): Promise<{ repeats: number; pseudo: number }> {
  const random = seededRandom(14_7);
  const out = createWriteStream(file);
  const write = (text: string) => (out.write(text) ? Promise.resolve() : new Promise<void>((r) => out.once("drain", () => r())));
  await write("\uFEFFCall ID,Agent,Call Date,Customer ID,Outcome,Talk time (in seconds),Satisfaction rating\r\n");
  let repeats = 0;
  let pseudo = 0;
  let previous = "";
  let batch = "";
  for (let i = 1; i <= CALLS; i++) {
    let line: string;
    if (previous !== "" && random.chance(0.001)) {
      line = previous; // a dialer exporting the same call twice
      repeats += 1;
    } else if (random.chance(0.002)) {
      line = `C${i},NO_SERVER,${random.pick(MONTHS)}-0${random.int(1, 9)},,PHANTOM,0,\r\n`;
      pseudo += 1;
    } else {
      const rep = random.int(1, REPS);
      const agent = rep % 10 === 0 ? `"Lee, Rep ${rep}"` : `Rep ${rep}`; // some names need quotes
      const answered = random.chance(0.6);
      const rating = answered && random.chance(0.2) ? String(random.int(1, 5)) : "";
      line = `C${i},${agent},${random.pick(MONTHS)}-${String(random.int(10, 28))} ${random.int(8, 19)}:${random.int(10, 59)},K${random.int(1, 50_000)},${answered ? "AGENT" : "HANG"},${answered ? random.int(5, 900) : 0},${rating}\r\n`;
    }
    previous = line;
    batch += line;
    if (batch.length > MiB) {
      await write(batch);
      batch = "";
    }
  }
  await write(batch);
  await new Promise<void>((resolve, reject) => out.end((e?: Error | null) => (e ? reject(e) : resolve())));
  return { repeats, pseudo };
}

export async function runCsvImport(): Promise<Table> {
  const dir = mkdtempSync(path.join(os.tmpdir(), "telescore-bench-"));
  const file = path.join(dir, "dialer.csv");
  try {
    const written = await writeLog(file);
    const size = statSync(file).size;
    const tsx = path.resolve(__dirname, "../../node_modules/.bin/tsx");
    const child = spawnSync(tsx, [path.join(__dirname, "csvImportChild.ts"), file], { encoding: "utf8", maxBuffer: 16 * MiB });
    if (child.status !== 0) throw new Error(`CSV import child failed: ${child.stderr}`);
    const r = JSON.parse(child.stdout) as CsvRunResult;
    const where = `CSV import of ${count(CALLS)} calls`;
    if (r.rows !== CALLS + 1) throw new Error(`${where}: read ${r.rows} rows, expected ${CALLS + 1}`);
    if (r.calls + r.repeats + r.pseudo + r.problems !== CALLS) throw new Error(`${where}: rows not accounted for: ${JSON.stringify(r)}`);
    if (r.repeats !== written.repeats || r.pseudo !== written.pseudo || r.problems !== 0) {
      throw new Error(`${where}: expected ${written.repeats} repeats, ${written.pseudo} pseudo-agent calls, no problems; got ${JSON.stringify(r)}`);
    }
    if (r.repMonths !== REPS * MONTHS.length) throw new Error(`${where}: ${r.repMonths} rep-months, expected ${REPS * MONTHS.length}`);
    return {
      title: "Importing a 2,000,000-call CSV file (streamed: reader + aggregator)",
      headers: ["calls", "file", "rep-months", "time (s)", "rows/s", "MiB/s", "peak RSS (MiB)", "peak heap (MiB)"],
      rows: [
        [count(CALLS), `${(size / MiB).toFixed(0)} MiB`, count(r.repMonths), r.seconds.toFixed(1), count(CALLS / r.seconds), (size / MiB / r.seconds).toFixed(1), (r.peakRss / MiB).toFixed(0), (r.peakHeap / MiB).toFixed(0)],
      ],
      notes: [
        `One run in a child process (Node.js, the same engine code the pane's worker runs), 1 MiB chunks; ${count(r.repeats)} repeated rows found and dropped, ${count(r.pseudo)} pseudo-agent calls left out, every row accounted for.`,
        "Peak memory is the whole process's (Node.js itself is about 40–60 MiB): the rep-months with their distinct customers, 24 bytes per distinct row for finding repeats, and one chunk of text.",
      ],
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
