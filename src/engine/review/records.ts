/**
 * The rows of a rep-period table, read through its header mapping into typed records: text as text,
 * periods as months, talk time as minutes, CSAT as %, every number through the shared cell coercion
 * (docs/method.md, "Input values"). A row with a cell that cannot be read is kept aside with the reasons and its
 * sheet row number, so the review can list it while the other rows are still scored.
 */
import Decimal from "decimal.js";
import { ScoreError, valueError } from "../errors";
import { readNumber, readText, type CellValue } from "../input";
import { columnUnit, toMinutes, type ColumnUnit, type DurationUnit } from "./duration";
import { TELE_FIELDS, teleField, type FieldKey, type TeleField } from "./fields";
import type { HeaderMapping } from "./headerMapping";
import { parseMonth, type Month } from "./period";
import { repKey } from "./rowIdentity";

/** A block of cells as read from the workbook: a header row and the data rows under it. */
export interface SourceTable {
  headers: string[];
  rows: CellValue[][];
  /** The sheet row number of rows[0], so messages and formulas can name the row. */
  firstRow: number;
  /** Each column's number format where known (from its first data cell): tells an h:mm:ss or a % column. */
  numberFormats?: (string | null | undefined)[];
}

export interface RepPeriodRecord {
  /** Index into SourceTable.rows. */
  index: number;
  /** Sheet row number. */
  row: number;
  repKey: string;
  repId: string | null;
  repName: string | null;
  position: string | null;
  period: Month;
  /** The numeric fields that are mapped: talk time in minutes, CSAT in %, blank as null. */
  values: Partial<Record<FieldKey, number | null>>;
}

export interface RowProblem {
  index: number;
  row: number;
  /** What is known of the row, to tell the user whose row it is and whether it belongs to the period. */
  repKey: string | null;
  repId: string | null;
  repName: string | null;
  period: Month | null;
  /** Why the row was not read, as message codes (engine/messages.ts): each sheet and the pane word them in their language. */
  reasons: ScoreError[];
}

const isBlank = (v: CellValue): boolean => v === null || v === undefined || (typeof v === "string" && v.trim() === "");

/** True when a number format shows a percentage (a literal "%" in quotes does not count). */
function percentFormat(format: string | null | undefined): boolean {
  return !!format && format.replace(/"[^"]*"/g, "").replace(/\\./g, "").includes("%");
}

/**
 * How the table's numbers are to be read, column by column, from each field's kind: a duration
 * field's unit (the header's, else an h:mm:ss number format's, else minutes) and whether a percent
 * field's cells hold fractions (a % format: Excel keeps 85% as 0.85). The live review formulas
 * read the cells the same way (reviewLayout's LiveContext), so both modes see the same numbers.
 */
export interface ColumnUnits {
  duration: Partial<Record<FieldKey, DurationUnit>>;
  fraction: Partial<Record<FieldKey, boolean>>;
}

export function columnUnits(table: SourceTable, mapping: HeaderMapping): ColumnUnits {
  const units: ColumnUnits = { duration: {}, fraction: {} };
  for (const field of TELE_FIELDS) {
    const column = mapping.columns[field.key];
    if (column === undefined) continue;
    if (field.kind === "duration") units.duration[field.key] = columnUnit(null, mapping.headers[column].unit, table.numberFormats?.[column], () => "minutes").unit;
    if (field.kind === "percent") units.fraction[field.key] = percentFormat(table.numberFormats?.[column]);
  }
  return units;
}

/** Each mapped duration column's unit and where it came from (minutes when nothing says), by column, for the pane to show. */
export function durationUnitsOf(table: SourceTable, mapping: HeaderMapping): Record<number, ColumnUnit> {
  const units: Record<number, ColumnUnit> = {};
  for (const field of TELE_FIELDS) {
    const column = mapping.columns[field.key];
    if (field.kind === "duration" && column !== undefined) units[column] = columnUnit(null, mapping.headers[column].unit, table.numberFormats?.[column], () => "minutes");
  }
  return units;
}

interface ColumnReader {
  field: TeleField;
  column: number;
  read: (value: CellValue) => number | string | Month | null;
}

function columnReaders(table: SourceTable, mapping: HeaderMapping): ColumnReader[] {
  const units = columnUnits(table, mapping);
  return TELE_FIELDS.flatMap((field) => {
    const column = mapping.columns[field.key];
    if (column === undefined) return [];
    const header = mapping.headers[column].header || field.label.en;
    return [{ field, column, read: readerFor(field, header, units) }];
  });
}

function readerFor(field: TeleField, header: string, units: ColumnUnits): ColumnReader["read"] {
  switch (field.kind) {
    case "text":
      return (v) => readText(v, header);
    case "period":
      return (v) => parseMonth(v, header);
    case "duration":
      return (v) => toMinutes(v, units.duration[field.key] ?? "minutes", header);
    case "percent":
      // In % points: a fraction (a % cell, or text typed as "85%", which reads as 0.85) is scaled, exactly.
      return (v) => {
        const x = readNumber(v, header, { nonNegative: true });
        const typedPercent = typeof v === "string" && v.normalize("NFKC").includes("%");
        return x !== null && (units.fraction[field.key] || typedPercent) ? new Decimal(x).times(100).toNumber() : x;
      };
    case "money":
      return (v) => readNumber(v, header);
    default:
      return (v) => readNumber(v, header, { nonNegative: true });
  }
}

/**
 * Reads every non-blank row. The mapping must have its required fields (rep id or name, position,
 * period); the pane asks the user to map them first, so a missing one here is #VALUE!.
 */
export function readRecords(table: SourceTable, mapping: HeaderMapping): { records: RepPeriodRecord[]; problems: RowProblem[] } {
  if (mapping.missing.length > 0) {
    throw valueError("mapFirst", { fields: mapping.missing.map((group) => group.map((k) => teleField(k).label)), then: "review" });
  }
  const readers = columnReaders(table, mapping);
  const records: RepPeriodRecord[] = [];
  const problems: RowProblem[] = [];
  table.rows.forEach((cells, index) => {
    if (cells.every(isBlank)) return;
    const reasons: ScoreError[] = [];
    const failed = new Set<FieldKey>();
    const got: Partial<Record<FieldKey, number | string | Month | null>> = {};
    for (const { field, column, read } of readers) {
      try {
        got[field.key] = read(cells[column]);
      } catch (e) {
        if (!(e instanceof ScoreError)) throw e;
        reasons.push(e);
        failed.add(field.key);
      }
    }
    const repId = (got.repId as string | null | undefined) ?? null;
    const repName = (got.repName as string | null | undefined) ?? null;
    const period = (got.period as Month | null | undefined) ?? null;
    if (repId === null && repName === null && !failed.has("repId") && !failed.has("repName")) reasons.push(valueError("repBlank", {}));
    if (period === null && !failed.has("period")) reasons.push(valueError("periodBlank", {}));
    const key = repKey(repId, repName);
    const row = table.firstRow + index;
    if (reasons.length > 0) {
      problems.push({ index, row, repKey: key, repId, repName, period, reasons });
      return;
    }
    const values: Partial<Record<FieldKey, number | null>> = {};
    for (const { field } of readers) if (field.kind !== "text" && field.kind !== "period") values[field.key] = got[field.key] as number | null;
    records.push({ index, row, repKey: key as string, repId, repName, position: (got.position as string | null) ?? null, period: period as Month, values });
  });
  return { records, problems };
}
