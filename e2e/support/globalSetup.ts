/**
 * Before any test file: one development build into a temporary folder, served on 127.0.0.1 for
 * the whole run. Test files find the server through TELESCORE_E2E_ORIGIN (workers inherit this
 * process's environment); globalTeardown.ts stops it.
 */
import { mkdtemp } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { buildDevelopment } from "./build";
import { serveFolder } from "./staticServer";
import { setRun } from "./run";

export default async function globalSetup(): Promise<void> {
  const folder = await mkdtemp(path.join(os.tmpdir(), "telescore-e2e-build-"));
  const started = Date.now();
  await buildDevelopment(folder);
  const server = await serveFolder(folder);
  process.env.TELESCORE_E2E_ORIGIN = server.origin;
  setRun({ folder, server });
  console.log(`\nTeleScore e2e: development build in ${((Date.now() - started) / 1000).toFixed(1)} s, served at ${server.origin}`);
}
