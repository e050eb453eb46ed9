/**
 * The shared real-world data sets (never copied into the repo): beside the checkout
 * (../shared/data/external) or, from a worktree one level further down, two levels up.
 * Null when neither holds the file, so a test can skip cleanly.
 */
import * as fs from "fs";
import * as path from "path";

const ROOT = path.resolve(__dirname, "../..");

export function externalData(file: string): string | null {
  const candidates = [path.resolve(ROOT, "../shared/data/external", file), path.resolve(ROOT, "../../shared/data/external", file)];
  return candidates.find((p) => fs.existsSync(p)) ?? null;
}
