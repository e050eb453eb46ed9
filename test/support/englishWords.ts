/**
 * Finds English in text TeleScore shows in Chinese (docs/review.md, "Languages"): the unit tests of
 * the Chinese sheets and the Chinese end-to-end run use it, so both apply one rule.
 *
 * A word is a run of two or more Latin letters. What may stay Latin, and why:
 * - data: whatever the test's own fixture holds (rep ids and names, the user's column headers,
 *   sheet and table names), given by each test as `data` and removed before looking;
 * - PRODUCT: names that are not translated in any language: the product (TeleScore), its function
 *   namespace (TELE, as Excel shows it in formulas), Excel itself, the file type CSV, and the
 *   unit KB of file sizes; and Excel's boolean values TRUE and FALSE, which Excel shows in English
 *   in a Chinese Excel too (messages list them among the answered flags it reads); ExcelApi, the
 *   name of Microsoft's API sets, which a message quotes for an administrator ("ExcelApi 1.7");
 *   the text encodings UTF-8 and GB 18030 by their standard names; CSAT, the industry's name of
 *   the satisfaction score, which a header may carry ("CSAT %") and the pane quotes;
 * - English: the language switch names each language in itself, so a reader finds the way back;
 * - TeleScore's table names (TeleScoreReview_2026_07, TeleScoreRepData_2021_01): identifiers that
 *   formulas and the pane's table list use, the same in every language;
 * - A1 addresses ("Data!$B$2:$V$30", "A1"), which Excel writes the same in every language;
 * - single letters: the policy's grades (A to E) and column letters.
 * Nothing else: a word of English in a Chinese sentence is a defect to fix, not to allow.
 */
export const PRODUCT = ["TeleScore", "TELE", "Excel", "CSV", "KB", "TRUE", "FALSE", "ExcelApi", "UTF", "GB", "CSAT", "English"];

/** Cell references and ranges: "A1", "$B$2", "AA10:AB12", optionally sheet-qualified (the sheet name is data). */
const A1 = /\$?\b[A-Z]{1,3}\$?\d+\b/g;

/** The English words of `text`, once `data` strings and the allowed names are taken out. */
export function englishWords(text: string, data: readonly string[] = []): string[] {
  let rest = text;
  for (const d of [...data].filter((s) => s.length > 0).sort((a, b) => b.length - a.length)) rest = rest.split(d).join(" ");
  rest = rest.replace(A1, " ").replace(/\bTeleScore[A-Za-z]+_\w+/g, " ");
  const words = rest.match(/[A-Za-z]{2,}/g) ?? [];
  return words.filter((w) => !PRODUCT.includes(w));
}

/** Every text with English in it, with its words: "where: text -> words". */
export function englishIn(texts: readonly { where: string; text: string }[], data: readonly string[] = []): string[] {
  return texts.flatMap(({ where, text }) => {
    const words = englishWords(text, data);
    return words.length > 0 ? [`${where}: ${text} -> ${words.join(" ")}`] : [];
  });
}
