/** The review port in Excel: the adapters of this folder, plus the list of the workbook's tables. */
import { importCallLog, writeCallLogTable } from "./callLogImport";
import { readMappedSource, saveCallLogRules, saveChoices } from "./mappingStorage";
import { generateReview } from "./reviewSheet";
import type { ReviewWorkbook } from "../reviewWorkbook";
import { generateScorecards, listReviewSheets } from "../scorecard/excel/scorecardSheet";

export const excelReviewWorkbook: ReviewWorkbook = {
  listTables: () =>
    Excel.run(async (context) => {
      const tables = context.workbook.tables.load("items/name");
      await context.sync();
      return tables.items.map((table) => table.name);
    }),
  readMappedSource,
  saveChoices,
  saveCallLogRules,
  generateReview,
  importCallLog,
  writeCallLogTable,
  listReviewSheets,
  generateScorecards,
};
