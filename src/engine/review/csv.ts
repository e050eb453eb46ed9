/**
 * A streaming CSV reader for dialer exports too big for a sheet (docs/review.md, "Importing a CSV
 * file"): text is fed in chunks of any size and complete rows come back, so memory holds one row,
 * never the file. RFC 4180 quoting (a quoted value may hold the delimiter, "" and line breaks),
 * CRLF, LF or CR line ends, a byte-order mark, and a delimiter sniffed from the header line among
 * comma, semicolon and tab. Like Excel opening the file, characters after a closing quote are kept
 * and a quote inside an unquoted value is an ordinary character; a quote left open to the end of
 * the file is an error naming its row, not a value silently swallowing the rest.
 */
import { valueError } from "../errors";

export type CsvDelimiter = "," | ";" | "\t";
const DELIMITERS: readonly CsvDelimiter[] = [",", ";", "\t"];

/** A row longer than this is a quote left open, not data; it bounds the text held between chunks. */
export const MAX_CSV_ROW_CHARS = 1_000_000;

const QUOTE = 34;
const CR = 13;
const LF = 10;

/** The delimiter the header line uses most (quoted text ignored); comma when none appears. */
export function sniffDelimiter(headerLine: string): CsvDelimiter {
  const bare = headerLine.replace(/"(?:[^"]|"")*"?/g, "");
  const count = (d: string) => bare.split(d).length - 1;
  return DELIMITERS.reduce((best, d) => (count(d) > count(best) ? d : best), ",");
}

export class CsvReader {
  private pending = "";
  private started = false;
  private delimiter: number | null;
  /** Rows returned so far (the header included): the next row's number is rows + 1, as in a sheet. */
  rows = 0;

  constructor(delimiter?: CsvDelimiter) {
    this.delimiter = delimiter === undefined ? null : delimiter.charCodeAt(0);
  }

  /** The delimiter in use; null until the header line is complete. */
  get separator(): CsvDelimiter | null {
    return this.delimiter === null ? null : (String.fromCharCode(this.delimiter) as CsvDelimiter);
  }

  /** Complete rows in the text read so far; an unfinished last row waits for the next chunk. */
  push(chunk: string): string[][] {
    return this.read(chunk, false);
  }

  /** The rows left when the file has ended. */
  end(): string[][] {
    return this.read("", true);
  }

  private read(chunk: string, final: boolean): string[][] {
    let text = this.pending + chunk;
    if (!this.started) {
      if (text === "" && !final) return [];
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
      this.started = true;
    }
    if (this.delimiter === null) {
      const lineEnd = text.search(/[\r\n]/);
      if (lineEnd < 0 && !final) {
        this.pending = text;
        return [];
      }
      this.delimiter = sniffDelimiter(lineEnd < 0 ? text : text.slice(0, lineEnd)).charCodeAt(0);
    }
    const out: string[][] = [];
    const consumed = this.parse(text, final, out);
    this.pending = text.slice(consumed);
    if (this.pending.length > MAX_CSV_ROW_CHARS) throw valueError("csvRecordTooLong", { row: this.rows + 1, limit: MAX_CSV_ROW_CHARS });
    return out;
  }

  /** Parses whole rows into `out`; returns where the unfinished row starts (text.length when none). */
  private parse(text: string, final: boolean, out: string[][]): number {
    const n = text.length;
    const delim = this.delimiter as number;
    const fieldEnd = (from: number): number => {
      let j = from;
      while (j < n) {
        const c = text.charCodeAt(j);
        if (c === delim || c === LF || c === CR) break;
        j++;
      }
      return j;
    };
    let i = 0;
    while (i < n) {
      const rowStart = i;
      const fields: string[] = [];
      for (;;) {
        let value: string;
        if (i < n && text.charCodeAt(i) === QUOTE) {
          value = "";
          let j = i + 1;
          for (;;) {
            const q = text.indexOf('"', j);
            if (q < 0) {
              if (!final) return rowStart;
              throw valueError("csvUnclosedQuote", { row: this.rows + 1 });
            }
            value += text.slice(j, q);
            // A quote as the chunk's last character may be the first of a "" pair: wait for the next chunk.
            if (q + 1 >= n && !final) return rowStart;
            if (text.charCodeAt(q + 1) === QUOTE) {
              value += '"';
              j = q + 2;
              continue;
            }
            i = q + 1;
            break;
          }
          const end = fieldEnd(i);
          value += text.slice(i, end);
          i = end;
        } else {
          const end = fieldEnd(i);
          value = text.slice(i, end);
          i = end;
        }
        fields.push(value);
        if (i >= n) {
          if (!final) return rowStart;
          break;
        }
        const c = text.charCodeAt(i);
        if (c === delim) {
          i++;
          continue;
        }
        if (c === CR) {
          // A CR as the chunk's last character may be the first half of a CRLF.
          if (i + 1 >= n && !final) return rowStart;
          i += text.charCodeAt(i + 1) === LF ? 2 : 1;
        } else i++;
        break;
      }
      out.push(fields);
      this.rows++;
    }
    return n;
  }
}
