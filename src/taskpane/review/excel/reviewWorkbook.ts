/**
 * What the Review view asks of the workbook: the few adapter calls it makes, as one interface the
 * view takes as a prop, so its tests can hand it a fake that records the calls. The default is
 * Excel's: the adapters in review/excel and reconcile/excel, each refused with ExcelUnavailableError outside Office
 * rather than failing on an undefined `Excel`, plus the list of the workbook's tables.
 */
import { importCallLog, writeCallLogTable, type CallLogAggregate, type CallLogImport, type ImportCallLogOptions, type WriteCallLogOptions } from "./callLogImport";
import type { CallLogRules } from "../../../engine/review/callLogRules";
import { readMappedSource, saveCallLogRules, saveChoices, type FieldOf, type MappedSource, type MappingKind, type SavedChoices } from "./mappingStorage";
import { ExcelUnavailableError } from "../../reconcile/excel/reconcileSheet";
import { generateReview, type GenerateReviewOptions, type ReviewOutcome } from "./reviewSheet";
import type { SourceRef } from "./sourceTable";
import { inExcel } from "../../shared/excel/inExcel";

export interface ReviewWorkbook {
  /** The names of the workbook's tables, in one sync. */
  listTables(): Promise<string[]>;
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
}

function requireExcel(): void {
  if (!inExcel()) throw new ExcelUnavailableError();
}

export const excelReviewWorkbook: ReviewWorkbook = {
  async listTables() {
    requireExcel();
    return Excel.run(async (context) => {
      const tables = context.workbook.tables.load("items/name");
      await context.sync();
      return tables.items.map((table) => table.name);
    });
  },
  async readMappedSource(ref, kind) {
    requireExcel();
    return readMappedSource(ref, kind);
  },
  async saveChoices(kind, sourceKey, headers, overrides) {
    requireExcel();
    return saveChoices(kind, sourceKey, headers, overrides);
  },
  async saveCallLogRules(sourceKey, rules) {
    requireExcel();
    return saveCallLogRules(sourceKey, rules);
  },
  async generateReview(options) {
    requireExcel();
    return generateReview(options);
  },
  async importCallLog(options) {
    requireExcel();
    return importCallLog(options);
  },
  async writeCallLogTable(aggregate, options) {
    requireExcel();
    return writeCallLogTable(aggregate, options);
  },
};
