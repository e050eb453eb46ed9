/**
 * roundHalfAwayFromZero (no decimal.js) against decimal.js, the reference it replaced on GRADE's
 * hot path: over ten million generated values, every result must be the same double. The values
 * are built to sit where a fast rounding goes wrong: exact decimal ties (x.xx5) at every magnitude,
 * the double one ulp either side of each, ties on the 15th significant digit (which decide before
 * the decimals do), the float noise of weighted means, and any double at all.
 */
import { once } from "node:events";
import path from "node:path";
import { Worker } from "node:worker_threads";
import { roundHalfAwayFromZero } from "../../src/engine/total";
import { seededRandom } from "../../scripts/bench/random";

const bits = new Float64Array(1);
const words = new BigInt64Array(bits.buffer);

/** The double `steps` ulps from x (x > 0): one either side of a tie is where the binary value and the decimal disagree. */
function ulpsAway(x: number, steps: number): number {
  bits[0] = x;
  words[0] += BigInt(steps);
  return bits[0];
}

/** The reference, decimal.js, in two worker threads (test/support/decimalRoundingWorker.js); created once for the file. */
const workers = Array.from({ length: 2 }, () => new Worker(path.join(__dirname, "../support/decimalRoundingWorker.js")));
afterAll(() => Promise.all(workers.map((w) => w.terminate())));

function referenceRounding(values: Float64Array, decimals: Uint8Array): Promise<Float64Array> {
  const half = Math.ceil(values.length / 2);
  return Promise.all(
    workers.map((worker, w) => {
      worker.postMessage({ values: values.slice(w * half, (w + 1) * half), decimals: decimals.slice(w * half, (w + 1) * half) });
      return once(worker, "message").then(([rounded]) => rounded as Float64Array); // rejects on the worker's "error"
    }),
  ).then(([a, b]) => {
    const all = new Float64Array(values.length);
    all.set(a);
    all.set(b, a.length);
    return all;
  });
}

/** Every value rounded at the decimals given, fast and by decimal.js; throws on the first difference, naming the value. Returns how many were compared. */
async function compareAll(values: Iterable<number>, decimals: number): Promise<number> {
  const xs = Float64Array.from(values);
  const exact = await referenceRounding(xs, new Uint8Array(xs.length).fill(decimals));
  for (let i = 0; i < xs.length; i++) {
    const fast = roundHalfAwayFromZero(xs[i], decimals);
    if (!Object.is(fast, exact[i])) throw new Error(`round(${xs[i]}, ${decimals}): fast ${fast}, decimal.js ${exact[i]}`);
  }
  return xs.length;
}

/** x, −x, and both one and two ulps either side of each. */
function* withNeighbours(x: number): Generator<number> {
  for (const v of [x, ulpsAway(x, -2), ulpsAway(x, -1), ulpsAway(x, 1), ulpsAway(x, 2)]) {
    if (!Number.isFinite(v)) continue; // past Number.MAX_VALUE
    yield v;
    yield -v;
  }
}

describe("roundHalfAwayFromZero gives exactly decimal.js's result", () => {
  jest.setTimeout(120_000);
  const random = seededRandom(20_261_203);
  let compared = 0;

  afterAll(() => {
    // The contract is ten million values; a generator that silently shrank would weaken the test.
    expect(compared).toBeGreaterThanOrEqual(10_000_000);
  });

  it("on METHOD's float traps", async () => {
    const traps = [
      89.995, 2.675, 1.005, 1.015, 1.025, 0.285, 8.345, 0.1 + 0.2, 89.99499999999999, 89.99499999999, 89.9949, 1234567.891, -0.001, 0.5, 1.5, 2.5,
      0.045, 79.995, 59.995, 69.995, 99.995, 119.995, 0.005, 5e-324, Number.MAX_VALUE, Number.MIN_VALUE, 2 ** 52 + 0.5, 2 ** 53, 4503599627370495.5,
      2 ** 53 + 2, 1e15 + 0.5, 999999999999999.5, 0.49999999999999994, 1e21, 1.5e-7, 123456789012345.67, 0.1234567890123455,
    ];
    for (const decimals of [0, 1, 2, 3, 15]) for (const t of traps) compared += await compareAll(withNeighbours(Math.abs(t)), decimals);
    // The cases the METHOD names, stated outright as well.
    expect(roundHalfAwayFromZero(89.995, 2)).toBe(90);
    expect(roundHalfAwayFromZero(89.99499999999999, 2)).toBe(90);
    expect(roundHalfAwayFromZero(-2.675, 2)).toBe(-2.68);
  });

  it("on exact ties x.xx5 at magnitudes 10^-6 to 10^14, negatives, and one and two ulps either side", async () => {
    // A tie at `decimals` places: an integer k, then a 5, shifted so that the 5 is the first dropped digit.
    const values = function* (decimals: number, count: number): Generator<number> {
      for (let i = 0; i < count; i++) {
        const digits = random.int(1, 15 - 1);
        const k = random.int(0, 10 ** digits - 1);
        yield* withNeighbours(Number(`${k}5e-${decimals + 1}`));
      }
    };
    for (let decimals = 0; decimals <= 15; decimals++) compared += await compareAll(values(decimals, decimals === 2 ? 300_000 : 20_000), decimals);
  });

  it("on ties at the 15th significant digit, which decide before the decimals do", async () => {
    // 16 significant digits ending in 5: decimal.js rounds them up at the 15th, the binary value may lie below.
    const values = function* (count: number): Generator<number> {
      for (let i = 0; i < count; i++) {
        const mantissa = `${random.int(100_000_000, 999_999_999)}${String(random.int(0, 99_999)).padStart(5, "0")}5`;
        yield* withNeighbours(Number(`${mantissa}e${random.int(-20, 5)}`));
      }
    };
    compared += await compareAll(values(200_000), 2);
    compared += await compareAll(values(50_000), 4);
  });

  it("on scores as the engine makes them: weighted means of points, with their float noise", async () => {
    const values = function* (count: number): Generator<number> {
      for (let i = 0; i < count; i++) {
        // Points in hundredths and halves, weights in whole percent, as policies and ratings give them.
        const p = [random.int(0, 24_000) / 200, random.int(0, 12_000) / 100, random.int(2, 10) * 10];
        const w = [random.int(1, 60), random.int(1, 60), random.int(1, 60)];
        const mean = (w[0] * p[0] + w[1] * p[1] + w[2] * p[2]) / (w[0] + w[1] + w[2]);
        yield mean;
        yield -mean;
        yield (100 * random.int(0, 1_000)) / random.int(1, 1_000);
      }
    };
    compared += await compareAll(values(1_500_000), 2);
  });

  it("on any double: uniform over magnitudes 10^-10 to 10^20, and over raw bit patterns", async () => {
    const logUniform = function* (count: number): Generator<number> {
      for (let i = 0; i < count; i++) yield (random.next() < 0.5 ? -1 : 1) * 10 ** random.between(-10, 20);
    };
    const rawBits = function* (count: number): Generator<number> {
      const view = new Uint32Array(bits.buffer);
      for (let i = 0; i < count; i++) {
        view[0] = random.int(0, 0xffffffff);
        view[1] = random.int(0, 0xffffffff);
        if (Number.isFinite(bits[0])) yield bits[0];
      }
    };
    compared += await compareAll(logUniform(1_400_000), 2);
    for (let decimals = 0; decimals <= 15; decimals += 3) compared += await compareAll(logUniform(20_000), decimals);
    compared += await compareAll(rawBits(100_000), 2);
  });
});
