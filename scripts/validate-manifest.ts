/**
 * `npm run validate [-- path | --dist]`: checks an add-in manifest offline (see manifestCheck.ts),
 * prints one line per problem and exits 1 when there is any.
 *   (no argument)  manifest.xml, icons looked up in the repository's assets/
 *   --dist         dist/manifest.xml as built, icons and every served URL looked up in dist/
 *   <path>         that manifest, files looked up next to it
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { checkManifest, formatProblem } from "./manifestCheck";

const repoRoot = path.resolve(__dirname, "..");
const args = process.argv.slice(2);
const dist = args.includes("--dist");
const explicit = args.find((a) => !a.startsWith("--"));
const unknown = args.filter((a) => a.startsWith("--") && a !== "--dist");
if (unknown.length > 0 || (dist && explicit)) {
  console.error("usage: validate-manifest [manifest.xml | --dist]");
  process.exit(2);
}

const file = explicit
  ? path.resolve(explicit)
  : path.join(repoRoot, dist ? "dist" : "", "manifest.xml");
const shown = path.relative(process.cwd(), file) || file;
if (!existsSync(file)) {
  console.error(`${shown}: no such file${dist ? " (run `npm run build` first)" : ""}`);
  process.exit(1);
}

const problems = checkManifest(readFileSync(file, "utf8"), {
  webRoot: path.dirname(file),
  requireServedFiles: dist,
});
for (const p of problems) console.error(formatProblem(shown, p));
if (problems.length > 0) {
  console.error(`${problems.length} problem${problems.length === 1 ? "" : "s"} in ${shown}`);
  process.exit(1);
}
console.log(`${shown}: OK (offline checks passed)`);
