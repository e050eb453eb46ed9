/**
 * Code under timing bundled into one scope, as the production build ships it (webpack concatenates
 * the modules), rather than module by module as tsx loads them: tsx reaches every imported function
 * through a getter, a cost the shipped bundle does not have. bundleFunctions gives
 * src/functions/functions.ts with its own copy of the policy store.
 */
import path from "node:path";
import { buildSync } from "esbuild";
import type { Policy } from "../../src/engine/policy";

const ROOT = path.join(__dirname, "../..");

export interface BundledFunctions {
  /** The exported TELE functions by their TypeScript name. */
  functions: Record<string, (...args: unknown[]) => unknown>;
  setPolicy: (policy: Policy) => void;
}

export function bundleFunctions(): BundledFunctions {
  const { setPolicy, ...functions } = bundle('export * from "./src/functions/functions"; export { setPolicy } from "./src/engine/policyStore";');
  return { functions: functions as BundledFunctions["functions"], setPolicy: setPolicy as BundledFunctions["setPolicy"] };
}

/** The exports of `entry` (TypeScript, paths from the repository's root), its imports bundled into one scope. */
export function bundle(entry: string): Record<string, unknown> {
  const built = buildSync({
    stdin: { contents: entry, resolveDir: ROOT, loader: "ts" },
    bundle: true,
    format: "cjs",
    platform: "node",
    target: "es2022",
    write: false,
  });
  const module = { exports: {} as Record<string, unknown> };
  new Function("module", "exports", "require", built.outputFiles[0].text)(module, module.exports, require);
  return module.exports;
}
