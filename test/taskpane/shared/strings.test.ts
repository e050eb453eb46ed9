/**
 * Every feature's text table, and every sheet writer's, has the same keys in every language, all
 * the way down, and no empty text: the type system checks the keys of each table, this checks
 * what a cast or a stray key could slip past it. The Traditional Chinese tables are checked to be
 * Traditional (OpenCC, test/support/traditional.ts), not Simplified text copied over.
 */
import { LOCALES } from "../../../src/engine/locale";
import { EXPLAIN_STRINGS } from "../../../src/taskpane/explain/explainStrings";
import { PREVIEW_STRINGS } from "../../../src/taskpane/policy/preview/previewStrings";
import { CALL_LOG_FILE_STRINGS } from "../../../src/taskpane/review/csvFile/callLogFileStrings";
import { SCORECARD_SHEET_STRINGS } from "../../../src/taskpane/review/scorecard/scorecardSheetStrings";
import { SCORECARD_STRINGS } from "../../../src/taskpane/review/scorecard/scorecardStrings";
import { hasSimplifiedOnly, notTraditional, textsOf } from "../../support/traditional";
import { POLICY_STRINGS } from "../../../src/taskpane/policy/policyStrings";
import { RECONCILE_SHEET_STRINGS } from "../../../src/taskpane/reconcile/excel/reconcileSheetStrings";
import { RECONCILE_STRINGS } from "../../../src/taskpane/reconcile/reconcileStrings";
import { SHEET_STRINGS } from "../../../src/taskpane/review/excel/reviewStrings";
import { REVIEW_STRINGS } from "../../../src/taskpane/review/reviewViewStrings";
import { SHARED_STRINGS } from "../../../src/taskpane/shared/i18n/sharedStrings";

const TABLES = {
  SHARED_STRINGS, POLICY_STRINGS, PREVIEW_STRINGS, REVIEW_STRINGS, CALL_LOG_FILE_STRINGS, RECONCILE_STRINGS, EXPLAIN_STRINGS, SHEET_STRINGS, RECONCILE_SHEET_STRINGS,
  SCORECARD_STRINGS, SCORECARD_SHEET_STRINGS,
};

it("speaks English, Simplified and Traditional Chinese", () => {
  expect(LOCALES).toEqual(["en", "zh", "zh-Hant"]);
});

/** Every path to a text in the table ("errors.noExcel"); a text that is a function counts as one. */
function paths(value: unknown, prefix = ""): string[] {
  if (typeof value !== "object" || value === null) return [prefix];
  return Object.entries(value).flatMap(([key, inner]) => paths(inner, prefix ? `${prefix}.${key}` : key));
}

function emptyTexts(value: unknown, prefix = ""): string[] {
  if (typeof value === "string") return value.trim() === "" ? [prefix] : [];
  if (typeof value !== "object" || value === null) return [];
  return Object.entries(value).flatMap(([key, inner]) => emptyTexts(inner, prefix ? `${prefix}.${key}` : key));
}

describe.each(Object.entries(TABLES))("%s", (_, table) => {
  it("has the same keys in every language", () => {
    const [first, ...others] = LOCALES.map((locale) => paths(table[locale]).sort());
    for (const other of others) expect(other).toEqual(first);
  });

  it("has no empty text", () => {
    for (const locale of LOCALES) expect(emptyTexts(table[locale])).toEqual([]);
  });

  it("has Traditional Chinese in its zh-Hant table, not Simplified copied over", () => {
    const hant = textsOf(table["zh-Hant"]);
    expect(notTraditional(hant.map(([, text]) => text))).toEqual([]);
    // A text whose Simplified form has characters that differ must differ from it.
    const simplified = new Map(textsOf(table.zh));
    expect(hant.filter(([path, text]) => hasSimplifiedOnly(simplified.get(path) ?? "") && text === simplified.get(path)).map(([path]) => path)).toEqual([]);
  });
});
