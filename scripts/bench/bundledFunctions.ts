/**
 * src/functions/functions.ts bundled into one scope, as the production build ships it (webpack
 * concatenates the modules), rather than module by module as tsx loads them: tsx reaches every
 * imported function through a getter, a cost the shipped bundle does not have, which would be
 * charged to the TELE side of a comparison. The policy store is bundled with it, since the bundle
 * has its own copy.
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
  const built = buildSync({
    stdin: {
      contents: 'export * from "./src/functions/functions"; export { setPolicy } from "./src/engine/policyStore";',
      resolveDir: ROOT,
      loader: "ts",
    },
    bundle: true,
    format: "cjs",
    platform: "node",
    target: "es2022",
    write: false,
  });
  const module = { exports: {} as Record<string, unknown> };
  new Function("module", "exports", "require", built.outputFiles[0].text)(module, module.exports, require);
  const { setPolicy, ...functions } = module.exports;
  return { functions: functions as BundledFunctions["functions"], setPolicy: setPolicy as BundledFunctions["setPolicy"] };
}
