/**
 * Drafts Traditional Chinese (zh-Hant) texts from the Simplified ones with OpenCC (mainland ->
 * Taiwan, with Taiwan's phrases: 软件 -> 軟體, 文件 -> 檔案, 默认 -> 預設). A draft only: every
 * string is then read and corrected by hand (docs/policy.md, "Languages"); the committed tables
 * are plain text and OpenCC never reaches the bundle. The command is scripts/i18n/draft-hant.ts.
 */
import * as OpenCC from "opencc-js";

/** OpenCC's draft of one text. */
export const draftTraditional: (text: string) => string = OpenCC.Converter({ from: "cn", to: "twp" });

/**
 * A table file with a `const zhHant: T = {…}` drafted after its `const zh: T = {…}` and listed in
 * its table (`{ en, zh, "zh-Hant": zhHant }`); a file that has one already, or no zh table, as it is.
 */
export function draftFile(source: string): string {
  if (/\bconst zhHant\b/.test(source)) return source;
  const block = /^const zh: (\w+) = \{\n[\s\S]*?\n\};\n/m.exec(source);
  if (block === null) return source;
  const hant = draftTraditional(block[0]).replace(/^const zh:/, "const zhHant:");
  const end = block.index + block[0].length;
  return (source.slice(0, end) + "\n" + hant + source.slice(end)).replace(/= \{ en, zh \};/, '= { en, zh, "zh-Hant": zhHant };');
}
