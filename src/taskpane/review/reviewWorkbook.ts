/**
 * The review port: what the Review view asks of the workbook. Excel's implementation is
 * excel/reviewWorkbook.ts; outside Excel, ports.ts gives one that refuses; tests give a fake that
 * records the calls.
 */
import type { CallLogRules } from "../../engine/review/callLogRules";
import type { CallLogAggregate, CallLogImport, ImportCallLogOptions, WriteCallLogOptions } from "./excel/callLogImport";
import type { FieldOf, LastReview, MappedSource, MappingKind, SavedChoices } from "./excel/mappingStorage";
import type { GenerateReviewOptions, ReviewOutcome } from "./excel/reviewSheet";
import type { SourceRef } from "./excel/sourceTable";
import type { GenerateScorecardsOptions, ReviewChoice, ScorecardOutcome } from "./scorecard/excel/scorecardSheet";

export interface ReviewWorkbook {
  /** The names of the workbook's tables that can be data, in one sync: not TeleScore's own (its reviews). */
  listTables(): Promise<string[]>;
  /** The Review tab's last choices saved in the workbook, or null. */
  loadLastReview(): Promise<LastReview | null>;
  /** Saves the Review tab's choices in the workbook, for the next time the pane opens. */
  saveLastReview(last: LastReview): Promise<void>;
  /** The source's header row and rows, with the user's saved choices and the mapping they give. */
  readMappedSource<M extends MappingKind>(ref: SourceRef, kind: M): Promise<MappedSource<FieldOf<M>>>;
  /** Remembers the user's overrides (column index -> field, or null for "not used") for the source's current headers. */
  saveChoices<M extends MappingKind>(kind: M, sourceKey: string, headers: readonly string[], overrides: Readonly<Record<number, FieldOf<M> | null>>): Promise<SavedChoices<FieldOf<M>>>;
  /** Remembers how a call log is read (pseudo-agents, duplicates, date form, answered words, unit). */
  saveCallLogRules(sourceKey: string, rules: CallLogRules): Promise<void>;
  generateReview(options: GenerateReviewOptions): Promise<ReviewOutcome>;
  importCallLog(options: ImportCallLogOptions): Promise<CallLogImport>;
  /** Writes a call log summed elsewhere (a CSV file read in a worker) as importCallLog writes its own. */
  writeCallLogTable(aggregate: CallLogAggregate, options: WriteCallLogOptions): Promise<CallLogImport>;
  /** The review sheets TeleScore made that are still in the workbook, newest first. */
  listReviewSheets(): Promise<ReviewChoice[]>;
  /** The printable scorecards of a review, one page per rep (docs/explain.md, "Rep scorecards"). */
  generateScorecards(options: GenerateScorecardsOptions): Promise<ScorecardOutcome>;
}
