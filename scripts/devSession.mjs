/**
 * The development session `npm start` opens and `npm stop` closes: the dev server running in the
 * background (its pid, log, and how to tell it is still ours) and the sideload into Excel
 * desktop through office-addin-debugging, fetched on demand with npx because it pulls native
 * modules (keytar) that a plain `npm ci` must not need.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

export const repoRoot = join(dirname(fileURLToPath(import.meta.url)), "..");
export const DEV_URL = "https://localhost:3000/";
const stateDir = join(repoRoot, "node_modules", ".cache", "telescore");
const stateFile = join(stateDir, "dev-server.json");
export const logFile = join(stateDir, "dev-server.log");

/** @typedef {{ pid: number, startedAt: string, sideloaded: boolean }} DevServerState */

/** @returns {DevServerState | null} */
export function readState() {
  if (!existsSync(stateFile)) return null;
  try {
    return JSON.parse(readFileSync(stateFile, "utf8"));
  } catch {
    return null;
  }
}

/** @param {DevServerState} state */
export function writeState(state) {
  mkdirSync(stateDir, { recursive: true });
  writeFileSync(stateFile, `${JSON.stringify(state, null, 2)}\n`);
}

export function clearState() {
  rmSync(stateFile, { force: true });
}

export function prepareLog() {
  mkdirSync(stateDir, { recursive: true });
  return logFile;
}

/**
 * Whether `pid` is alive and, where the OS lets us look (/proc), still webpack (webpack-cli
 * renames its process "webpack"):
 * a recycled pid must never be killed.
 * @param {number} pid
 */
export function isOurServer(pid) {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  const cmdline = `/proc/${pid}/cmdline`;
  return !existsSync(cmdline) || readFileSync(cmdline, "utf8").includes("webpack");
}

/** Whether this OS has an Excel desktop that office-addin-debugging can sideload into. */
export const canSideload = process.platform === "win32" || process.platform === "darwin";

/**
 * Runs `office-addin-debugging <args>` (via npx, on demand) in the foreground.
 * @param {string[]} args
 * @returns {boolean} whether it succeeded
 */
export function officeAddinDebugging(args) {
  const result = spawnSync("npx", ["--yes", "office-addin-debugging", ...args], {
    cwd: repoRoot,
    stdio: "inherit",
    // npx is npx.cmd on Windows, which only a shell can run.
    shell: process.platform === "win32",
  });
  return result.status === 0;
}
