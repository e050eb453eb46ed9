/**
 * Code under timing bundled into one scope, as the production build ships it (webpack concatenates
 * the modules), rather than module by module as tsx loads them: tsx reaches every imported function
 * through a getter, a cost the shipped bundle does not have. bundleFunctions gives
 * src/functions/functions.ts with its own copy of the policy store.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
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
  // Loaded as a module file of its own, as Node loads any other; removed once loaded.
  const dir = mkdtempSync(path.join(tmpdir(), "telescore-bench-"));
  try {
    const file = path.join(dir, "bundle.cjs");
    writeFileSync(file, built.outputFiles[0].text);
    return require(file) as Record<string, unknown>;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
