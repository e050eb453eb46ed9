/**
 * `npm run api-sets`: the Office requirement sets the product's code uses, member by member, the
 * highest of each set, and every use above manifest.xml's <Requirements> without a guard
 * (scripts/apiSets.ts says how uses and guards are found). Exits 1 when there is any such use.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { declaredSets, findApiUses, formatRequirement, highestNeeded, productFiles, programFor, uncoveredUses } from "./apiSets";

const repoRoot = path.resolve(__dirname, "..");
const files = productFiles(repoRoot);
const program = programFor(path.join(repoRoot, "tsconfig.json"), files);
const uses = findApiUses(program, files.map((f) => program.getSourceFile(f)!));
const declared = declaredSets(readFileSync(path.join(repoRoot, "manifest.xml"), "utf8"));
const where = (u: { file: string; line: number; column: number }) => `${path.relative(repoRoot, u.file)}:${u.line}:${u.column}`;

const byMember = new Map<string, string>();
for (const use of uses) byMember.set(use.member, formatRequirement(use.requirement));
for (const [member, requirement] of [...byMember].sort(([a], [b]) => a.localeCompare(b))) console.log(`${requirement.padEnd(28)} ${member}`);
console.log(`\nhighest needed: ${[...highestNeeded(uses)].map(([n, v]) => `${n} ${v}`).join(", ")}`);
console.log(`declared:       ${declared.map((s) => `${s.name} ${s.version}`).join(", ")}`);
const bad = uncoveredUses(uses, declared);
for (const use of bad) console.error(`${where(use)}: ${use.member} needs ${formatRequirement(use.requirement)}, above manifest.xml's <Requirements> and not guarded by isSetSupported`);
process.exit(bad.length > 0 ? 1 : 0);
