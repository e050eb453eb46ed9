/**
 * Run in a child process by largeRanges.ts (node --expose-gc --import tsx), so that its memory
 * figures are its own: builds a 1,000,000-cell range as Excel passes it, measures what the range
 * holds, then calls the TELE function once and reports the peak the call reached and what its
 * result holds. Prints one line of JSON.
 */
import "../../test/support/customFunctionsGlobal";
import { defaultPolicy } from "../../src/engine/policy";
import { setPolicy } from "../../src/engine/policyStore";
import * as tele from "../../src/functions/functions";
import { largeColumn } from "./largeRanges";

const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error("Run with node --expose-gc.");

const which = process.argv[2];
setPolicy(defaultPolicy());
gc();
const before = process.memoryUsage();
const column = largeColumn();
gc();
const withInput = process.memoryUsage();
const start = performance.now();
const result = which === "ALLOCATE" ? tele.allocate(column, 1_000_000) : tele.reconcile(column, 0);
const ms = performance.now() - start;
const peakRss = process.resourceUsage().maxRSS * 1024;
gc();
const after = process.memoryUsage();
console.log(
  JSON.stringify({
    ms,
    inputBytes: withInput.heapUsed - before.heapUsed,
    rssBeforeCall: withInput.rss,
    peakRss,
    resultBytes: after.heapUsed - withInput.heapUsed,
    cells: Array.isArray(result) ? result.length : 1,
  }),
);
