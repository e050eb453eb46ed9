import { ScoreError } from "../../../src/engine/errors";
import { CsvReader, MAX_CSV_ROW_CHARS, sniffDelimiter } from "../../../src/engine/review/csv";

/** Feeds the text in chunks of `size` characters (every split point is exercised with size 1). */
function readAll(text: string, size = text.length || 1, reader = new CsvReader()): string[][] {
  const rows: string[][] = [];
  for (let i = 0; i < text.length; i += size) rows.push(...reader.push(text.slice(i, i + size)));
  rows.push(...reader.end());
  return rows;
}

/** The same rows whatever the chunk size: one chunk, every character alone, and odd sizes. */
function expectRows(text: string, rows: string[][]): void {
  for (const size of [text.length || 1, 1, 2, 3, 7]) expect(readAll(text, size)).toEqual(rows);
}

describe("streaming CSV reader", () => {
  it("reads plain rows with LF, CRLF and lone CR line ends", () => {
    expectRows("a,b\n1,2\n", [["a", "b"], ["1", "2"]]);
    expectRows("a,b\r\n1,2\r\n3,4", [["a", "b"], ["1", "2"], ["3", "4"]]);
    expectRows("a,b\r1,2\r", [["a", "b"], ["1", "2"]]);
  });

  it("reads RFC 4180 quoting: delimiters, doubled quotes and line breaks inside quotes", () => {
    expectRows('name,note\n"Lee, Ann","said ""hi""\nthen left"\n', [
      ["name", "note"],
      ["Lee, Ann", 'said "hi"\nthen left'],
    ]);
    expectRows('a\n""\n""""\n', [["a"], [""], ['"']]);
    expectRows('a,b\n"x\r\ny",z\r\n', [["a", "b"], ["x\r\ny", "z"]]);
  });

  it("keeps empty values, trailing delimiters and blank lines (so row numbers match a sheet's)", () => {
    expectRows("a,b,c\n,,\n\n1,,3,\n", [["a", "b", "c"], ["", "", ""], [""], ["1", "", "3", ""]]);
  });

  it("drops a byte-order mark only at the start of the file", () => {
    expectRows("\uFEFFAgent,Date\nAnn,\uFEFFx\n", [["Agent", "Date"], ["Ann", "\uFEFFx"]]);
  });

  it("sniffs comma, semicolon or tab from the header line, ignoring quoted text", () => {
    expect(sniffDelimiter("Agent;Date;Talk time (s)")).toBe(";");
    expect(sniffDelimiter("Agent\tDate\tOutcome, final")).toBe("\t");
    expect(sniffDelimiter('"a;b;c;d",x,y')).toBe(",");
    expect(sniffDelimiter("Agent")).toBe(",");
    expectRows("坐席;日期\n张三;2021-01-02\n", [["坐席", "日期"], ["张三", "2021-01-02"]]);
    expectRows('"a,b"\t"c"\n1,5\t2\n', [["a,b", "c"], ["1,5", "2"]]);
  });

  it("reads a stray quote as Excel does: literal inside an unquoted value, kept after a closing quote", () => {
    expectRows('a,b\n5" disk,"x"y\n', [["a", "b"], ['5" disk', "xy"]]);
  });

  it("refuses a quote left open to the end of the file, naming the row it starts in", () => {
    const text = 'a,b\n1,2\n3,"never closed\n4,5\n';
    for (const size of [text.length, 1, 5]) {
      let err: unknown;
      try {
        readAll(text, size);
      } catch (e) {
        err = e;
      }
      expect(err).toBeInstanceOf(ScoreError);
      expect((err as ScoreError).code).toBe("csvUnclosedQuote");
      expect((err as ScoreError).message).toContain("row 3");
    }
  });

  it("bounds the text it holds: a row longer than the limit is refused, not buffered", () => {
    const reader = new CsvReader();
    reader.push("a\n");
    const piece = "x".repeat(100_000);
    reader.push('"');
    expect(() => {
      for (let i = 0; i <= MAX_CSV_ROW_CHARS / piece.length; i++) reader.push(piece);
    }).toThrow(/Row 2 of the file is longer than 1000000 characters/);
  });

  it("counts rows as a sheet numbers them (a quoted line break does not start a row)", () => {
    const reader = new CsvReader();
    readAll('h\n"a\nb"\nc\n', 3, reader);
    expect(reader.rows).toBe(3);
    expect(reader.separator).toBe(",");
  });
});
