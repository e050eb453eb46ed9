#!/usr/bin/env node
/**
 * `npm run screenshots`: runs the end-to-end suite with the screenshots written into
 * docs/screenshots/ (a plain `npm test` takes them without writing, so it changes no tracked file).
 */
import { spawnSync } from "node:child_process";
import { createRequire } from "node:module";

const jest = createRequire(import.meta.url).resolve("jest/bin/jest");
const run = spawnSync(process.execPath, [jest, "-c", "jest.e2e.config.js", ...process.argv.slice(2)], {
  stdio: "inherit",
  env: { ...process.env, TELESCORE_WRITE_SCREENSHOTS: "1" },
});
process.exit(run.status ?? 1);
