/**
 * One development build of the add-in for the whole run, into a folder of its own: the same
 * pages `npm start` serves (the workbench exists in development builds only), without touching
 * dist/. Source maps are left out: they run nothing and halve the build time.
 */
import { spawn } from "node:child_process";
import path from "node:path";

const ROOT = path.resolve(__dirname, "../..");
const WEBPACK_CLI = path.join(ROOT, "node_modules/webpack-cli/bin/cli.js");

/** Builds into `outputPath`; rejects with the end of webpack's output when the build fails. */
export function buildDevelopment(outputPath: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [WEBPACK_CLI, "--mode", "development", "--no-devtool", "--output-path", outputPath], {
      cwd: ROOT,
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.on("error", reject);
    child.on("close", (code) =>
      code === 0 ? resolve() : reject(new Error(`The development build failed (webpack exit code ${code}):\n${output.slice(-4000)}`)),
    );
  });
}
