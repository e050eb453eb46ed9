/**
 * The browser the end-to-end suite drives: Debian's Chromium (`apt-get install -y chromium`), not
 * a Playwright download (`npx playwright install` cannot fetch anything here). Whether the suite
 * can run is decided once, in jest.e2e.config.js: without the browser it fails in CI, where the
 * browser is part of the contract, and is skipped with a warning on a developer's machine.
 */
import { existsSync } from "node:fs";

export const CHROMIUM_PATH = "/usr/bin/chromium";

/** Headless, and quiet: no background traffic of the browser's own to muddy the request record. */
export const CHROMIUM_ARGS: readonly string[] = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

/** CI=true (as .ci/run sets it), or any other non-empty value but "false" and "0". */
export function inCi(env: NodeJS.ProcessEnv): boolean {
  const ci = (env.CI ?? "").trim().toLowerCase();
  return ci !== "" && ci !== "false" && ci !== "0";
}

/**
 * null when the suite can run; otherwise why it is skipped (a developer's machine without the
 * browser). Throws in CI, where a missing browser must fail the build, not hide the suite.
 */
export function reasonToSkip(env: NodeJS.ProcessEnv): string | null {
  if (existsSync(CHROMIUM_PATH)) return null;
  const reason = `${CHROMIUM_PATH} is missing: install Debian's Chromium (apt-get install -y chromium) to run the end-to-end tests.`;
  if (inCi(env)) throw new Error(`TeleScore end-to-end tests cannot run in CI: ${reason}`);
  return reason;
}
