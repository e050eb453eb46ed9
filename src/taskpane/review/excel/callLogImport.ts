/**
 * A dialer's per-call log made into a rep-period table the user can see and complete
 * (docs/review.md, "The per-call log"). The log is read like any source (a table, a range or the selection), its columns
 * matched by header (mapCallLogHeaders, with the user's saved choices), and summed per agent per
 * month by the engine (aggregateCallLog: calls, answered, talk minutes exact to the second, CSAT by
 * the policy's method). The result goes to a new sheet, "Rep data 2021-01" ("坐席数据 2021-01" in
 * Chinese; "... to 2021-03" when the log spans months), as an Excel table whose headers are the
 * fields' own labels, so the review reads it back without any mapping. Its empty columns (position,
 * workdays, revenue, targets, ratings...) are for the user to fill in. Rows of the log that could
 * not be read or were left out (duplicates, pseudo-agents' calls: docs/review.md, "Reading real
 * exports") are listed beside the table, with their row numbers and the reason, and returned.
 *
 * Nothing is overwritten: the sheet and table names are new ones. The sheet stays hidden while it
 * is written, in chunks under Excel on the web's 5 MB limit; a cancel or an error deletes it.
 */
import type { CellValue } from "../../../engine/input";
import type { Policy } from "../../../engine/policy";
import { getPolicy } from "../../../engine/policyStore";
import { aggregateCallLog, CALL_LOG_TABLE_FIELDS, callLogTable, mapCallLogHeaders, type CallLogField, type CallLogProblem, type CallLogReport, type CallLogResult } from "../../../engine/review/callLog";
import type { CallLogRules } from "../../../engine/review/callLogRules";
import { teleField, type FieldKind } from "../../../engine/review/fields";
import type { HeaderMapping } from "../../../engine/review/headerMapping";
import { NUMBER_FORMATS, safeText } from "../../../engine/review/reviewLayout";
import { formatAddress, rect } from "../../../engine/sheet/address";
import { planWriteChunks, syncInChunks, type ChunkOptions } from "../../shared/excel/chunkedSync";
import { choicesToOverrides, queueCallLogRules, queueChoices, type SavedChoices } from "./mappingStorage";
import { loadPolicy } from "../../policy/excel/policyStorage";
import { SHEET_STRINGS } from "./reviewStrings";
import { freeSheetName, freeTableName } from "../../../engine/sheet/sheetNames";
import { queueSource, type SourceRef } from "./sourceTable";
import type { Locale } from "../../../engine/locale";

export interface ImportCallLogOptions {
  source: SourceRef;
  /** The user's header choices by normalised header; omitted: those saved in the workbook for this source. */
  mapping?: SavedChoices<CallLogField>;
  /** How the log is read (pseudo-agents, duplicates, date form, answered words, unit); omitted: those saved for this source. */
  rules?: CallLogRules;
  /** The language of the new sheet's name and headers. */
  locale: Locale;
  /** For the rating scale and the CSAT method. Default: the policy in use. */
  policy?: Policy;
  /** Progress in rows: "reading" the log, "writing" the table. */
  onProgress?: (done: number, total: number, phase: "reading" | "writing") => void;
  signal?: AbortSignal;
}

export interface CallLogImport {
  sheetName: string;
  /** The name the sheet would have had; differs from sheetName when a sheet had it already. */
  requestedName: string;
  tableName: string;
  tableAddress: string;
  /** The new table as a review source. */
  source: SourceRef;
  mapping: HeaderMapping<CallLogField>;
  /** Rows of the table: one per agent per month. */
  rows: number;
  /** The months found, "2021-01", in order. */
  months: string[];
  /** Log rows left out, with their sheet row numbers and the reason. */
  problems: CallLogProblem[];
  /** What else was left out or assumed: pseudo-agents' calls, duplicates, zero-second calls, the unit, the date form, customers. */
  report: CallLogReport;
}

/** Nothing in the log could be read: `problems` say why, row by row. */
export class CallLogError extends Error {
  constructor(readonly problems: CallLogProblem[]) {
    super(`No call in the log could be read${problems.length > 0 ? `: row ${problems[0].row}: ${problems[0].error.message}` : "."}`);
    this.name = "CallLogError";
  }
}

const FORMAT_OF: Partial<Record<FieldKind, string>> = {
  count: NUMBER_FORMATS.count,
  duration: NUMBER_FORMATS.minutes,
  money: NUMBER_FORMATS.money,
  percent: NUMBER_FORMATS.percent,
};

const cell = (v: CellValue): string | number | boolean => (typeof v === "string" ? safeText(v) : v === null || v === undefined ? "" : v);

export async function importCallLog(options: ImportCallLogOptions): Promise<CallLogImport> {
  const policy = options.policy ?? getPolicy() ?? (await loadPolicy()).policy;
  const { signal } = options;
  const progress = options.onProgress ?? (() => undefined);
  signal?.throwIfAborted();

  return Excel.run(async (context) => {
    const pending = queueSource(context, options.source);
    const sheets = context.workbook.worksheets.load("items/name");
    const tables = context.workbook.tables.load("items/name");
    const names = context.workbook.names.load("items/name");
    await context.sync();

    const saved = options.mapping ? null : queueChoices(context, "callLog", pending.key());
    const savedRules = options.rules ? null : queueCallLogRules(context, pending.key());
    const logRows = pending.dataRows();
    const source = await pending.read({ signal, onChunk: (_, span) => progress(span.end, logRows, "reading") });
    const mapping = mapCallLogHeaders(source.headers, choicesToOverrides(source.headers, options.mapping ?? saved?.get() ?? {}));
    const rules = options.rules ?? (savedRules as { get(): CallLogRules }).get();
    return writeAggregate(context, { ...aggregateCallLog(source, mapping, policy, rules), mapping }, { sheets, tables, names }, options);
  });
}

/** A call log already summed per agent per month (from a sheet, or from a CSV file read in a worker), and how its columns were read. */
export interface CallLogAggregate extends CallLogResult {
  mapping: HeaderMapping<CallLogField>;
}

export type WriteCallLogOptions = Pick<ImportCallLogOptions, "locale" | "onProgress" | "signal">;

/** Writes an aggregate made elsewhere (a CSV file) as importCallLog writes its own: same sheet, table and list of rows left out. */
export async function writeCallLogTable(aggregate: CallLogAggregate, options: WriteCallLogOptions): Promise<CallLogImport> {
  options.signal?.throwIfAborted();
  return Excel.run(async (context) => {
    const sheets = context.workbook.worksheets.load("items/name");
    const tables = context.workbook.tables.load("items/name");
    const names = context.workbook.names.load("items/name");
    await context.sync();
    return writeAggregate(context, aggregate, { sheets, tables, names }, options);
  });
}

/** The names in use, loaded: a new sheet or table takes a free one. */
interface NamesInUse {
  sheets: Excel.WorksheetCollection;
  tables: Excel.TableCollection;
  names: Excel.NamedItemCollection;
}

async function writeAggregate(context: Excel.RequestContext, aggregate: CallLogAggregate, { sheets, tables, names }: NamesInUse, options: WriteCallLogOptions): Promise<CallLogImport> {
  const { agents, problems, report, mapping } = aggregate;
  const { signal, locale } = options;
  const progress = options.onProgress ?? (() => undefined);
  const t = SHEET_STRINGS[locale];
  if (agents.length === 0) throw new CallLogError(problems);

  const months = [...new Set(agents.map((a) => a.period))].sort();
  const requestedName = t.repDataSheet(months[0], months[months.length - 1]);
  const sheetName = freeSheetName(requestedName, sheets.items.map((s) => s.name));
  const tableName = freeTableName(`TeleScoreRepData_${months[0].replace("-", "_")}`, [...tables.items, ...names.items].map((x) => x.name));
  const { headers, rows } = callLogTable(agents, locale);
  const formats = CALL_LOG_TABLE_FIELDS.map((k) => FORMAT_OF[teleField(k).kind] ?? NUMBER_FORMATS.text);
  const width = headers.length;
  const tableArea = rect(0, 0, rows.length + 1, width);

  signal?.throwIfAborted();
  const sheet = context.workbook.worksheets.add(sheetName);
  sheet.visibility = Excel.SheetVisibility.hidden;
  try {
    sheet.getRangeByIndexes(0, 0, 1, width).values = [headers.map(safeText)];
    const body = rows.map((r) => r.map(cell));
    const spans = planWriteChunks(body);
    const chunkOptions: ChunkOptions = { signal, onChunk: (_, span) => progress(span.end, body.length, "writing") };
    await syncInChunks(
      context,
      spans,
      (span) => {
        const range = sheet.getRangeByIndexes(1 + span.start, 0, span.end - span.start, width);
        range.values = body.slice(span.start, span.end);
        range.numberFormat = body.slice(span.start, span.end).map(() => formats);
      },
      chunkOptions,
    );
    signal?.throwIfAborted();

    const table = sheet.tables.add(sheet.getRangeByIndexes(0, 0, tableArea.rows, width), true);
    table.name = tableName;
    const leftOut: (string | number)[][] = [
      ...problems.map((p) => [p.row, p.error.text(locale)]),
      ...(report.duplicatesDropped ? report.duplicates.map((d) => [d.row, t.callLogRepeats(d.repeats)]) : []),
    ].sort((a, b) => (a[0] as number) - (b[0] as number));
    leftOut.push(...report.pseudoAgents.map((p) => ["", t.callLogPseudoAgent(p.agent, p.calls)]));
    if (leftOut.length > 0) {
      const list = [[safeText(t.callLogLeftOut), ""], [safeText(t.rows), safeText(t.reason)], ...leftOut.map(([row, reason]) => [row, safeText(String(reason))])];
      const at = sheet.getRangeByIndexes(0, width + 1, list.length, 2);
      at.values = list;
      sheet.getRangeByIndexes(0, width + 1, 2, 2).format.font.bold = true;
    }
    sheet.getRangeByIndexes(0, 0, tableArea.rows, width).format.autofitColumns();
    sheet.freezePanes.freezeRows(1);
    sheet.visibility = Excel.SheetVisibility.visible;
    sheet.activate();
    // Opened at the top, whatever cell was active before (Range.select: ExcelApi 1.1).
    sheet.getRange("A1").select();
    await context.sync();
  } catch (error) {
    const left = context.workbook.worksheets.getItemOrNullObject(sheetName);
    left.delete();
    await context.sync().catch(() => undefined);
    throw error;
  }

  return {
    sheetName,
    requestedName,
    tableName,
    tableAddress: formatAddress(sheetName, tableArea),
    source: { kind: "table", name: tableName },
    mapping,
    rows: rows.length,
    months,
    problems,
    report,
  };
}
