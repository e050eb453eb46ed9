// @ts-check
/**
 * The end-to-end suite (the *.e2e.test.ts files under e2e/): the whole add-in in Debian's
 * Chromium, driven by playwright-core over the browser workbench. `npm test` runs it after the
 * unit tests; alone: `npm run test:e2e`. globalSetup builds the add-in once (development mode, into
 * a temporary folder) and serves it on 127.0.0.1 for the run. One browser per test file, one file
 * at a time: two cores run one Chromium and its formula engine no faster with a second beside it.
 *
 * Without /usr/bin/chromium the suite fails in CI (CI=true) and is skipped with a warning elsewhere
 * (e2e/support/chromium.ts). docs/workbench.md, "End-to-end tests", says more.
 */
const { register } = require("tsx/cjs/api");
const unitConfig = require("./jest.config.js");

// tsx for this one TypeScript module only: left registered, it stands in the way of jest's own
// transform when jest loads globalSetup.
const unregister = register();
/** @type {{ reasonToSkip(env: NodeJS.ProcessEnv): string | null }} */
const { reasonToSkip } = require("./e2e/support/chromium.ts");
unregister();

const skip = reasonToSkip(process.env);
if (skip) console.warn(`\nTeleScore end-to-end tests skipped: ${skip}\n`);

/** @type {import("jest").Config} */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/e2e"],
  testMatch: ["**/*.e2e.test.ts"],
  transform: unitConfig.transform,
  ...(skip
    ? // Every test file ignored, and no tests is a pass.
      { testPathIgnorePatterns: ["/e2e/"], passWithNoTests: true }
    : { globalSetup: "<rootDir>/e2e/support/globalSetup.ts", globalTeardown: "<rootDir>/e2e/support/globalTeardown.ts" }),
  maxWorkers: 1,
  testTimeout: 90_000,
  // A file drives a browser through whole workflows: tens of seconds is its normal pace.
  slowTestThreshold: 60,
};
