/**
 * Reading a source of the review (docs/review.md, "Where the numbers come from"): an Excel table by name, a range address, or
 * the user's current selection, as a block of a header row and data rows, with the sheet address
 * of every cell, so that the live review can point its formulas at them.
 *
 * The shape, the header row and the number formats come in one sync, which callers share with
 * their own reads (queueSource, then the caller's sync); the cell values follow in chunks of rows
 * sized under Excel on the web's 5 MB response limit: one sync for a table of a few thousand rows,
 * a few for a long call log. A range or a selection is trimmed to the cells that hold values, so
 * "Data!A:U" or a selection of whole columns reads the data, not a million blank rows.
 */
import type { CellValue } from "../../../engine/input";
import type { SourceTable } from "../../../engine/review/records";
import { formatCells, parseAddress, quoteSheetName, rect } from "../../../engine/sheet/address";
import { planReadChunks, syncInChunks, type ChunkOptions } from "../../shared/excel/chunkedSync";

/** Where the data is: a table (by name), a range ("Data!A1:U200", or "A1:U200" on the active sheet), or the selection. */
export type SourceRef = { kind: "table"; name: string } | { kind: "range"; address: string } | { kind: "selection" };

export interface SourceBlock extends SourceTable {
  /** What to read next time: a table stays a table; a selection becomes the address it had. */
  ref: SourceRef;
  /** The block with its header row, sheet-qualified: "Data!A1:U101". */
  address: string;
  sheetName: string;
  /** The sheet column (0-based, A = 0) of the block's first column. */
  firstColumn: number;
  tableName: string | null;
  /** What the user's header mapping is remembered by: "table:RepData" for a table, "sheet:Data" otherwise. */
  key: string;
  /** Each column's number format, from its first data cell. */
  numberFormats: string[];
}

export type SourceProblem = "noTable" | "noSheet" | "badAddress" | "empty";

/** A source that cannot be read; `problem` lets the pane say it in the user's language, `subject` is what was asked for. */
export class SourceError extends Error {
  constructor(
    readonly problem: SourceProblem,
    readonly subject: string,
  ) {
    super(
      problem === "noTable"
        ? `There is no table named "${subject}" in this workbook.`
        : problem === "noSheet"
          ? `There is no sheet named "${subject}" in this workbook.`
          : problem === "badAddress"
            ? `"${subject}" is not a range address. Write it as Data!A1:U200, or select the data.`
            : `${subject} holds no data. Select the table with its header row.`,
    );
    this.name = "SourceError";
  }
}

/** The phase-1 proxies of a source read; their values are there after the caller's sync. */
export interface PendingSource {
  /** After the caller's sync: the key the source's mapping is remembered by (throws SourceError when the source is missing or empty). */
  key(): string;
  /** After the caller's sync: the number of data rows (header excluded) that read() will read. */
  dataRows(): number;
  /** After the caller's sync: reads the values in chunks (one sync each) and returns the block. */
  read(options?: ChunkOptions): Promise<SourceBlock>;
}

const subjectOf = (ref: SourceRef): string => (ref.kind === "table" ? `The table "${ref.name}"` : ref.kind === "range" ? ref.address : "The selection");

/** Queues the loads of the source's shape, header row and number formats; nothing is sent until the caller syncs. */
export function queueSource(context: Excel.RequestContext, ref: SourceRef): PendingSource {
  const workbook = context.workbook;
  let table: Excel.Table | null = null;
  let sheet: Excel.Worksheet | null = null;
  let block: Excel.Range;
  if (ref.kind === "table") {
    table = workbook.tables.getItemOrNullObject(ref.name).load("name");
    block = table.getRange();
  } else if (ref.kind === "range") {
    const at = parseAddress(ref.address);
    if (!at) throw new SourceError("badAddress", ref.address);
    sheet = at.sheet === undefined ? workbook.worksheets.getActiveWorksheet() : workbook.worksheets.getItemOrNullObject(at.sheet);
    block = sheet.getRange(formatCells(at.rect)).getUsedRangeOrNullObject(true);
  } else {
    block = workbook.getSelectedRange().getUsedRangeOrNullObject(true);
  }
  block.load("address, rowIndex, columnIndex, rowCount, columnCount");
  const owner = block.worksheet.load("name");
  const header = block.getRow(0).load("values");
  // The row under the header, found without knowing the height (getRow(1) of a one-row block is outside it).
  const formats = block.getOffsetRange(1, 0).getRow(0).load("numberFormat");

  /** The source's sheet and table, once the first sync has told whether they exist. */
  const found = (): { sheetName: string; tableName: string | null } => {
    if (table?.isNullObject) throw new SourceError("noTable", (ref as { name: string }).name);
    if (sheet?.isNullObject) throw new SourceError("noSheet", parseAddress((ref as { address: string }).address)?.sheet ?? "");
    // eslint-disable-next-line office-addins/call-sync-before-read -- found() runs after the caller's sync (PendingSource)
    if (block.isNullObject || block.rowCount < 2) throw new SourceError("empty", subjectOf(ref));
    return { sheetName: owner.name, tableName: table ? table.name : null };
  };

  const keyOf = ({ sheetName, tableName }: ReturnType<typeof found>): string => (tableName !== null ? `table:${tableName}` : `sheet:${sheetName}`);

  return {
    key: () => keyOf(found()),
    // eslint-disable-next-line office-addins/call-sync-before-read -- after the caller's sync, as found()
    dataRows: () => (found(), block.rowCount - 1),
    async read(options = {}) {
      const place = found();
      const { sheetName, tableName } = place;
      const { rowIndex, columnIndex, rowCount, columnCount } = block;
      const address = `${quoteSheetName(sheetName)}!${formatCells(rect(rowIndex, columnIndex, rowCount, columnCount))}`;
      const data = context.workbook.worksheets.getItem(sheetName);
      const chunks: Excel.Range[] = [];
      await syncInChunks(
        context,
        planReadChunks(rowCount - 1, columnCount),
        (span) => chunks.push(data.getRangeByIndexes(rowIndex + 1 + span.start, columnIndex, span.end - span.start, columnCount).load("values")),
        options,
      );
      return {
        ref: ref.kind === "table" ? ref : { kind: "range", address },
        address,
        sheetName,
        firstColumn: columnIndex,
        tableName,
        key: keyOf(place),
        headers: (header.values[0] as CellValue[]).map((h) => (h === null || h === undefined ? "" : String(h))),
        rows: chunks.flatMap((chunk) => chunk.values as CellValue[][]),
        firstRow: rowIndex + 2,
        numberFormats: (formats.numberFormat[0] as string[]).map(String),
      };
    },
  };
}

/** Reads a source on its own: one sync for its shape, then its values in chunks. */
export function readSource(ref: SourceRef, options?: ChunkOptions): Promise<SourceBlock> {
  return Excel.run(async (context) => {
    const pending = queueSource(context, ref);
    await context.sync();
    return pending.read(options);
  });
}

/**
 * A sheet name as formulas refer to it: quoted unless it is plain ASCII. Excel accepts the quotes
 * around any name (and shows them only where needed); without them, a name in another script
 * ("数据!A1") is one some formula parsers, HyperFormula's among them, cannot read.
 */
function formulaSheetName(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) && quoteSheetName(name) === name ? name : `'${name.replace(/'/g, "''")}'`;
}

/**
 * The absolute A1 address, sheet-qualified for a formula, of a cell of the block: `column` counted
 * within the block, `index` within its data rows. Absolute ("Data!$E$5"): Excel's sort moves a
 * formula with its row and shifts its relative references to other rows, so a rep's row would read
 * another rep's data after the review is sorted.
 */
export function sourceCell(block: Pick<SourceBlock, "sheetName" | "firstColumn" | "firstRow">, column: number, index: number): string {
  return `${formulaSheetName(block.sheetName)}!${formatCells(rect(block.firstRow - 1 + index, block.firstColumn + column), true)}`;
}
