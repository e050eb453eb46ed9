/**
 * A call log read from a CSV file as a stream (docs/review.md, "Importing a CSV file"): text goes
 * in chunk by chunk, the first row is the header, and every other row goes through the same
 * CallLogAggregator as a sheet's rows, numbered as the sheet would number them. Cells are the
 * file's text as written ("" for an empty value), which the engine reads as it reads text cells.
 */
import type { CellValue } from "../input";
import { CsvReader } from "./csv";

/** Where the rows go: a CallLogAggregator, or anything else that takes rows as it does. */
export interface RowSink {
  add(cells: CellValue[], row: number): void;
}

export class CallLogCsv<S extends RowSink = RowSink> {
  private readonly reader = new CsvReader();
  /** What `start` made of the headers; null until they are read, or when only the headers were asked for. */
  sink: S | null = null;
  /** The file's first row; null until it has been read. */
  headers: string[] | null = null;

  /** `start` makes the sink (the aggregator) once the headers are known; without it only the headers are read. */
  constructor(private readonly start?: (headers: string[]) => S) {}

  /** Reads a chunk of text; returns false once the headers are all that was asked for. */
  push(text: string): boolean {
    this.take(this.reader.push(text));
    return this.start !== undefined || this.headers === null;
  }

  /** The file has ended. */
  end(): void {
    this.take(this.reader.end());
  }

  /** The rows read so far, the header included. */
  get rows(): number {
    return this.reader.rows;
  }

  private take(rows: string[][]): void {
    let row = this.reader.rows - rows.length;
    for (const cells of rows) {
      row += 1;
      if (this.headers === null) {
        this.headers = cells.map((h) => h.trim());
        this.sink = this.start?.(this.headers) ?? null;
      } else if (this.sink) this.sink.add(cells, row);
      else return;
    }
  }
}
