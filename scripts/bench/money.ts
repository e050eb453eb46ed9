/**
 * Benchmark 2: NET_PROFIT over 100,000 ledger rows and the exact sum of the results, checked
 * against integer cents kept independently of the engine: the rows are generated as whole cents,
 * so the expected net profits and their sum are plain integer arithmetic.
 */
import { netProfit, sumMoney } from "../../src/engine/money";
import { BLANK_SHARE } from "./repMonths";
import { seededRandom } from "./random";
import { count, ms, type Table } from "./table";
import { measure, perSecond, type Plan, type Timing } from "./timing";

const ROWS = 100_000;
const SEED = 20_240_602;
const PLAN: Plan = { warmup: 2, repetitions: 7 };

interface LedgerRow {
  revenue: number;
  cost: number;
  refunds: number | null;
  afterSales: number | null;
  complaint: number | null;
  /** The expected net profit in whole cents, computed without the engine. */
  expectedCents: number;
}

function generateLedger(rows: number, seed: number): LedgerRow[] {
  const random = seededRandom(seed);
  const optional = (maxCents: number): number | null => (random.chance(BLANK_SHARE) ? null : random.int(0, maxCents));
  return Array.from({ length: rows }, (): LedgerRow => {
    const revenue = random.int(0, 20_000_000); // up to 200,000.00
    const cost = random.int(0, revenue);
    const refunds = optional(revenue >> 3);
    const afterSales = optional(500_000);
    const complaint = optional(200_000);
    const asMoney = (c: number | null): number | null => (c === null ? null : c / 100);
    return {
      revenue: revenue / 100,
      cost: cost / 100,
      refunds: asMoney(refunds),
      afterSales: asMoney(afterSales),
      complaint: asMoney(complaint),
      expectedCents: revenue - cost - (refunds ?? 0) - (afterSales ?? 0) - (complaint ?? 0),
    };
  });
}

/** Throws unless every net profit and the sum are the exact cents (so the bench never reports a wrong fast path). */
function checkExact(ledger: LedgerRow[], profits: number[], sum: number): number {
  ledger.forEach((row, i) => {
    if (profits[i] !== row.expectedCents / 100) {
      throw new Error(`NET_PROFIT of row ${i + 1} is ${profits[i]}, expected ${row.expectedCents / 100}.`);
    }
  });
  // Whole cents add exactly in doubles while the sum stays below 2^53 (here at most ~2 × 10^12).
  const expectedCents = ledger.reduce((s, row) => s + row.expectedCents, 0);
  if (!Number.isSafeInteger(expectedCents) || sum !== expectedCents / 100) {
    throw new Error(`sumMoney gives ${sum}, the integer-cents sum is ${expectedCents / 100}.`);
  }
  return expectedCents;
}

export function runMoney(): Table {
  const ledger = generateLedger(ROWS, SEED);
  const profits = measure(() => ledger.map((r) => netProfit(r.revenue, r.cost, r.refunds, r.afterSales, r.complaint)), PLAN);
  const sum = measure(() => sumMoney(profits.result), PLAN);
  const both = measure(() => sumMoney(ledger.map((r) => netProfit(r.revenue, r.cost, r.refunds, r.afterSales, r.complaint))), PLAN);
  const expectedCents = checkExact(ledger, profits.result, sum.result);
  const floatSum = profits.result.reduce((s, p) => s + p, 0);

  const row = (what: string, timing: Timing): string[] => [
    what,
    ms(timing.medianMs),
    ms(timing.minMs),
    `${count(perSecond(ROWS, timing))} rows/s`,
  ];
  return {
    title: `2. Money: NET_PROFIT over ${count(ROWS)} rows and their exact sum`,
    headers: ["what is timed", "median ms", "min ms", "throughput (median)"],
    rows: [
      row("netProfit on every row (5 amounts each, to the cent)", profits.timing),
      row("sumMoney of the 100,000 net profits", sum.timing),
      row("both: netProfit on every row, then sumMoney", both.timing),
    ],
    notes: [
      `${PLAN.warmup} warm-up runs, ${PLAN.repetitions} timed repetitions; rows generated as whole cents from seed ${SEED}, optional terms blank ${100 * BLANK_SHARE}% of the time.`,
      `Checked: every net profit equals its integer-cents value, and sumMoney = ${sum.result.toFixed(2)} equals the independent integer-cents sum ${expectedCents} cents exactly.`,
      `For comparison, adding the same 100,000 results as plain doubles gives ${floatSum} (off by ${Math.abs(floatSum - sum.result).toExponential(2)}).`,
    ],
  };
}
