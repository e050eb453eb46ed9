#!/usr/bin/env node
/**
 * `npm start`: checks the manifest, starts the dev server in the background (development build
 * served on https://localhost:3000), then
 * - where Excel desktop runs (Windows, macOS): sideloads TeleScore into it (steps for Excel on the
 *   web if that fails);
 * - elsewhere (Linux), or with `npm start -- --workbench` or TELESCORE_WORKBENCH=1: prints the URL
 *   of the workbench, the whole add-in in a browser without Excel (docs/workbench.md), and how
 *   Excel on the web can still sideload manifest.xml.
 * `npm stop` ends it all.
 */
import { spawn, spawnSync } from "node:child_process";
import { openSync, readFileSync } from "node:fs";
import { get } from "node:https";
import { join } from "node:path";
import {
  DEV_URL, canSideload, clearState, isOurServer, logFile, officeAddinDebugging, prepareLog, readState, repoRoot, writeState,
} from "./devSession.mjs";

const READY_TIMEOUT_MS = 180_000;
const manifest = join(repoRoot, "manifest.xml");

const workbench = process.argv.includes("--workbench") || process.env.TELESCORE_WORKBENCH === "1" || !canSideload;
/** The page whose serving says the build is done: the one this session is for. */
const page = workbench ? "workbench.html" : "taskpane.html";

const validation = spawnSync(process.execPath, [join(repoRoot, "node_modules/tsx/dist/cli.mjs"), "scripts/validate-manifest.ts"], {
  cwd: repoRoot,
  stdio: "inherit",
});
if (validation.status !== 0) process.exit(1);

const running = readState();
const reuse = running !== null && isOurServer(running.pid);
if (reuse) console.log(`The dev server is already running (pid ${running.pid}).`);
const { pid, startedAt } = reuse ? running : startServer();

try {
  await waitUntilServed(pid);
} catch (error) {
  console.error(`${error.message}\n--- last lines of ${logFile} ---\n${tail(logFile, 30)}`);
  if (isOurServer(pid)) process.kill(pid);
  clearState();
  process.exit(1);
}
console.log(`TeleScore is served at ${DEV_URL}taskpane.html (dev server pid ${pid}, log: ${logFile}).`);

if (workbench) {
  writeState({ pid, startedAt, sideloaded: false });
  printWorkbench();
  printWebSteps("Excel on the web can still run TeleScore from this dev server");
} else {
  const sideloaded = officeAddinDebugging(["start", manifest, "desktop", "--app", "excel"]);
  writeState({ pid, startedAt, sideloaded });
  if (!sideloaded) printWebSteps("Sideloading into Excel desktop did not work; use Excel on the web");
}
console.log("Stop the dev server (and unload the add-in) with `npm stop`.");

/** Spawns `webpack serve` detached, logging to the session log, and records (returns) its state. */
function startServer() {
  const log = openSync(prepareLog(), "w");
  const child = spawn(process.execPath, [join(repoRoot, "node_modules/webpack-cli/bin/cli.js"), "serve", "--mode", "development"], {
    cwd: repoRoot,
    detached: true,
    stdio: ["ignore", log, log],
    windowsHide: true,
  });
  child.unref();
  const state = { pid: child.pid, startedAt: new Date().toISOString(), sideloaded: false };
  writeState(state);
  console.log(`Starting the dev server (pid ${child.pid}); the first build takes a little while…`);
  return state;
}

/** Resolves once the session's page is served; rejects when the server dies or takes too long. */
async function waitUntilServed(serverPid) {
  const deadline = Date.now() + READY_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (!isOurServer(serverPid)) throw new Error("The dev server stopped before serving the add-in.");
    if (await responds(`${DEV_URL}${page}`)) return;
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
  throw new Error(`The dev server did not serve ${DEV_URL}${page} within ${READY_TIMEOUT_MS / 1000} s.`);
}

/** Whether `url` answers 200; the certificate may be the self-signed fallback, so it is not checked. */
function responds(url) {
  return new Promise((resolve) => {
    const request = get(url, { rejectUnauthorized: false, timeout: 5000 }, (response) => {
      response.resume();
      resolve(response.statusCode === 200);
    });
    request.on("timeout", () => request.destroy());
    request.on("error", () => resolve(false));
  });
}

function tail(file, lines) {
  try {
    return readFileSync(file, "utf8").split("\n").slice(-lines).join("\n");
  } catch {
    return "(no log)";
  }
}

/** Whether the dev server fell back to its self-signed certificate, which browsers must be told to trust. */
function selfSigned() {
  return tail(logFile, 1000).includes("self-signed certificate");
}

function printWorkbench() {
  console.log(`
TeleScore workbench: ${DEV_URL}workbench.html
  The task pane and the TELE functions beside a spreadsheet with a sample team, in the browser,
  no Excel needed (docs/workbench.md).${selfSigned() ? "\n  The dev server's certificate is self-signed: accept the browser's warning once." : ""}`);
}

function printWebSteps(intro) {
  console.log(`
${intro}:
  1. ${selfSigned()
    ? `Trust the dev server's certificate: open ${DEV_URL}taskpane.html in the browser you use for Excel
     and accept the certificate warning once. (Or install the Office dev CA, which needs sudo:
     \`npx office-addin-dev-certs install\`, then \`npm stop && npm start\`.)`
    : "The dev server uses the trusted Office dev certificate; nothing to do."}
  2. Open a workbook in Excel on the web (https://www.office.com, then Excel).
  3. Insert > Add-ins > My Add-ins > Upload My Add-in (newer Excel: Home > Add-ins > More Add-ins),
     and upload ${manifest}
  4. Home > Scorecard opens the task pane; type =TELE. in a cell for the functions.`);
}
