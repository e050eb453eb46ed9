/**
 * Builds of the add-in into a folder of their own, without touching dist/. The end-to-end run
 * uses one development build (the same pages `npm start` serves; the workbench exists in
 * development builds only), without source maps: they run nothing and halve the build time. The
 * bundle-size test uses a production build with webpack's stats.
 */
import { spawn } from "node:child_process";
import path from "node:path";

const ROOT = path.resolve(__dirname, "../..");
const WEBPACK_CLI = path.join(ROOT, "node_modules/webpack-cli/bin/cli.js");

function webpack(args: string[], what: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [WEBPACK_CLI, ...args], { cwd: ROOT, stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.on("error", reject);
    child.on("close", (code) => (code === 0 ? resolve() : reject(new Error(`The ${what} build failed (webpack exit code ${code}):\n${output.slice(-4000)}`))));
  });
}

/** Builds into `outputPath`; rejects with the end of webpack's output when the build fails. */
export function buildDevelopment(outputPath: string): Promise<void> {
  return webpack(["--mode", "development", "--no-devtool", "--output-path", outputPath], "development");
}

/** A production build into `outputPath`, with webpack's stats (chunk groups and assets) written to `statsFile`. */
export function buildProduction(outputPath: string, statsFile: string): Promise<void> {
  return webpack(["--mode", "production", "--output-path", outputPath, `--json=${statsFile}`], "production");
}
