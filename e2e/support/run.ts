/**
 * What globalSetup started, for globalTeardown: both run in jest's main process, where a module's
 * state does not survive (each hook gets a fresh module registry), so it is kept on globalThis.
 */
import type { StaticServer } from "./staticServer";

export interface E2eRun {
  /** The temporary build folder. */
  folder: string;
  server: StaticServer;
}

const KEY = Symbol.for("telescore.e2e.run");
type Holder = { [KEY]?: E2eRun };

export function setRun(run: E2eRun): void {
  (globalThis as Holder)[KEY] = run;
}

export function takeRun(): E2eRun | undefined {
  const run = (globalThis as Holder)[KEY];
  delete (globalThis as Holder)[KEY];
  return run;
}
