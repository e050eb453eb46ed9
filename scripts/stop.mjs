#!/usr/bin/env node
/**
 * `npm stop`: unloads the add-in from Excel desktop if `npm start` sideloaded it, and stops the
 * dev server `npm start` launched (by the pid it recorded, never by name).
 */
import { join } from "node:path";
import { clearState, isOurServer, officeAddinDebugging, readState, repoRoot } from "./devSession.mjs";

const STOP_TIMEOUT_MS = 10_000;

const state = readState();
if (state === null) {
  console.log("No dev server started by `npm start` is recorded; nothing to stop.");
  process.exit(0);
}

if (state.sideloaded) officeAddinDebugging(["stop", join(repoRoot, "manifest.xml")]);

if (isOurServer(state.pid)) {
  process.kill(state.pid, "SIGTERM");
  const deadline = Date.now() + STOP_TIMEOUT_MS;
  while (isOurServer(state.pid) && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 200));
  if (isOurServer(state.pid)) process.kill(state.pid, "SIGKILL");
  console.log(`Stopped the dev server (pid ${state.pid}).`);
} else {
  console.log(`The dev server (pid ${state.pid}) had already stopped.`);
}
clearState();
