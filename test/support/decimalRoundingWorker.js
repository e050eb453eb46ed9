/**
 * The reference rounding of test/engine/rounding.test.ts, run in a worker thread: decimal.js on
 * each value's shortest form, 15 significant digits, then the decimals, both half away from zero.
 * Plain JavaScript in plain Node, outside Jest's module sandbox (where decimal.js runs about three
 * times slower), so that ten million values take seconds, not minutes.
 */
const { parentPort } = require("node:worker_threads");
const { Decimal } = require("decimal.js");

parentPort.on("message", ({ values, decimals }) => {
  const rounded = new Float64Array(values.length);
  for (let i = 0; i < values.length; i++) {
    const r = new Decimal(values[i])
      .toSignificantDigits(15, Decimal.ROUND_HALF_UP)
      .toDecimalPlaces(decimals[i], Decimal.ROUND_HALF_UP)
      .toNumber();
    rounded[i] = r === 0 ? 0 : r;
  }
  parentPort.postMessage(rounded, [rounded.buffer]);
});
