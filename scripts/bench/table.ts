/** The bench's output: Markdown tables, readable in a terminal and pasted as they are into docs/benchmarks.md. */

export interface Table {
  title: string;
  headers: string[];
  rows: string[][];
  /** Lines printed under the table: sanity checks and what the figures mean. */
  notes: string[];
}

export function toMarkdown(table: Table): string {
  const line = (cells: string[]): string => `| ${cells.join(" | ")} |`;
  return [
    `### ${table.title}`,
    "",
    line(table.headers),
    line(table.headers.map(() => "---")),
    ...table.rows.map(line),
    "",
    ...table.notes.map((n) => `- ${n}`),
  ].join("\n");
}

/** 1234567.8 -> "1,234,568". */
export function count(x: number): string {
  return Math.round(x).toLocaleString("en-US");
}

/** Milliseconds with one decimal. */
export function ms(x: number): string {
  return x.toFixed(1);
}
