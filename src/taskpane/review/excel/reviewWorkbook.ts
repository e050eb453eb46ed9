/** The review port in Excel: the adapters of this folder, plus the list of the workbook's tables that can be data. */
import { importCallLog, writeCallLogTable } from "./callLogImport";
import { loadLastReview, readMappedSource, saveCallLogRules, saveChoices, saveLastReview } from "./mappingStorage";
import { isReviewTable, queueRegistry } from "./reviewRegistry";
import { generateReview } from "./reviewSheet";
import type { ReviewWorkbook } from "../reviewWorkbook";
import { generateScorecards, listReviewSheets } from "../scorecard/excel/scorecardSheet";

export const excelReviewWorkbook: ReviewWorkbook = {
  listTables: () =>
    Excel.run(async (context) => {
      const tables = context.workbook.tables.load("items/name");
      const registry = queueRegistry(context);
      await context.sync();
      // A review's own table is TeleScore's output, never its input (docs/review.md, 4.1).
      const reviews = registry.get();
      return tables.items.map((table) => table.name).filter((name) => !isReviewTable(name, reviews));
    }),
  loadLastReview,
  saveLastReview,
  readMappedSource,
  saveChoices,
  saveCallLogRules,
  generateReview,
  importCallLog,
  writeCallLogTable,
  listReviewSheets,
  generateScorecards,
};
