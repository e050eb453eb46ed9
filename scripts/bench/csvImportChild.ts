/** The measured half of benchmark csvImport.ts: streams the file given through the engine and prints what it found as JSON. */
import { createReadStream } from "node:fs";
import { performance } from "node:perf_hooks";
import { defaultPolicy } from "../../src/engine/policy";
import { CallLogAggregator, mapCallLogHeaders } from "../../src/engine/review/callLog";
import { CallLogCsv } from "../../src/engine/review/callLogCsv";
import { DEFAULT_CALL_LOG_RULES } from "../../src/engine/review/callLogRules";
import type { CsvRunResult } from "./csvImport";

async function main(file: string): Promise<void> {
  const rules = { ...DEFAULT_CALL_LOG_RULES, answeredValues: { agent: true, hang: false, phantom: false } };
  const policy = defaultPolicy();
  let peakRss = 0;
  let peakHeap = 0;
  const sample = () => {
    const m = process.memoryUsage();
    peakRss = Math.max(peakRss, m.rss);
    peakHeap = Math.max(peakHeap, m.heapUsed);
  };
  const start = performance.now();
  const log = new CallLogCsv((headers) => new CallLogAggregator(mapCallLogHeaders(headers), policy, rules));
  for await (const chunk of createReadStream(file, { encoding: "utf8", highWaterMark: 1024 * 1024 })) {
    log.push(chunk as string);
    sample();
  }
  log.end();
  const result = log.sink?.finish() ?? null;
  const seconds = (performance.now() - start) / 1000;
  sample();
  if (!result) throw new Error("the file had no header");
  const out: CsvRunResult = {
    rows: log.rows,
    calls: result.agents.reduce((n, a) => n + a.calls, 0),
    repeats: result.report.duplicates.length,
    pseudo: result.report.pseudoAgents.reduce((n, p) => n + p.calls, 0),
    problems: result.problems.length,
    repMonths: result.agents.length,
    seconds,
    peakRss,
    peakHeap,
  };
  process.stdout.write(JSON.stringify(out));
}

main(process.argv[2]).catch((e: unknown) => {
  console.error(e instanceof Error ? (e.stack ?? e.message) : e);
  process.exit(1);
});
