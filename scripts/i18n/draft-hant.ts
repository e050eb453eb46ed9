/**
 * Drafts Traditional Chinese (zh-Hant) texts from the Simplified ones with OpenCC (mainland ->
 * Taiwan, with Taiwan's phrases: 软件 -> 軟體, 文件 -> 檔案, 默认 -> 預設). A draft only: every
 * string is then read and corrected by hand (docs/policy.md, "Languages"); the committed tables
 * are plain text and OpenCC never reaches the bundle.
 *
 *   npx tsx scripts/i18n/draft-hant.ts FILE...   adds `const zhHant: T = {…}` after each
 *                                                 `const zh: T = {…}` that has none, and lists it
 *                                                 in the table (`{ en, zh, "zh-Hant": zhHant }`)
 *   npx tsx scripts/i18n/draft-hant.ts --text "简体文字"   prints the draft of one text
 */
import { readFileSync, writeFileSync } from "node:fs";
import * as OpenCC from "opencc-js";

const toTraditional = OpenCC.Converter({ from: "cn", to: "twp" });

/** Adds the zh-Hant table beside a file's zh one; a file that has one already is left as it is. */
export function draftFile(source: string): string {
  if (/\bconst zhHant\b/.test(source)) return source;
  const block = /^const zh: (\w+) = \{\n[\s\S]*?\n\};\n/m.exec(source);
  if (block === null) return source;
  const hant = toTraditional(block[0]).replace(/^const zh:/, "const zhHant:");
  const end = block.index + block[0].length;
  return (source.slice(0, end) + "\n" + hant + source.slice(end)).replace(/= \{ en, zh \};/, '= { en, zh, "zh-Hant": zhHant };');
}

const args = process.argv.slice(2);
if (args[0] === "--text") {
  console.log(toTraditional(args.slice(1).join(" ")));
} else {
  for (const file of args) {
    const before = readFileSync(file, "utf8");
    const after = draftFile(before);
    if (after !== before) writeFileSync(file, after);
    console.log(`${after === before ? "unchanged" : "drafted  "} ${file}`);
  }
}
