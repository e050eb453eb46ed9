/**
 * An error from the workbook as the Review view says it: the adapters' typed errors in the user's
 * language, the engine's reasons too (as codes: engine/messages.ts), anything else (Excel's own
 * errors) with its message as given.
 */
import { ScoreError } from "../../engine/errors";
import { CallLogError } from "./excel/callLogImport";
import { ExcelUnavailableError } from "../shared/excelUnavailable";
import { ReviewError } from "./excel/reviewSheet";
import { SourceError } from "./excel/sourceTable";
import type { ReviewStrings } from "./reviewViewStrings";
import { errorMessage } from "../../engine/errors";
import { reasonText } from "../../engine/review/reviewRows";

export function errorText(error: unknown, t: ReviewStrings): string {
  if (error instanceof ExcelUnavailableError) return t.errors.noExcel;
  if (error instanceof SourceError) return t.errors.source[error.problem](error.subject);
  if (error instanceof ReviewError) return `${t.errors[error.problem]} ${reasonText(error.detail, t.lang)}`.trim();
  if (error instanceof CallLogError) {
    const first = error.problems[0];
    return first ? `${t.errors.noCalls} ${t.rowProblem(String(first.row), first.error.text(t.lang))}` : t.errors.noCalls;
  }
  if (error instanceof ScoreError) return error.text(t.lang);
  return errorMessage(error);
}
