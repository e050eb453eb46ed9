/**
 * Drafts missing Traditional Chinese tables for review by hand (scripts/i18n/draftHant.ts):
 *
 *   npx tsx scripts/i18n/draft-hant.ts FILE...          adds a zhHant table beside each file's zh one
 *   npx tsx scripts/i18n/draft-hant.ts --text "简体文字"   prints the draft of one text
 */
import { readFileSync, writeFileSync } from "node:fs";
import { draftFile, draftTraditional } from "./draftHant";

const args = process.argv.slice(2);
if (args[0] === "--text") {
  console.log(draftTraditional(args.slice(1).join(" ")));
} else {
  for (const file of args) {
    const before = readFileSync(file, "utf8");
    const after = draftFile(before);
    if (after !== before) writeFileSync(file, after);
    console.log(`${after === before ? "unchanged" : "drafted  "} ${file}`);
  }
}
