/** After the last test file: stops the server and removes the build (globalSetup.ts). */
import { rm } from "node:fs/promises";
import { takeRun } from "./run";

export default async function globalTeardown(): Promise<void> {
  const run = takeRun();
  if (!run) return;
  await run.server.close();
  await rm(run.folder, { recursive: true, force: true });
}
