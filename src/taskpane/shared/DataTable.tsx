/**
 * The one table every policy section uses: a visible caption, column headers, a header cell
 * per row, inside a region that scrolls sideways so a wide table never widens a 320 px pane.
 * Cells are nodes, so the editor can later put inputs where read-only text is today.
 */
import { makeStyles, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, tokens } from "@fluentui/react-components";
import type { ReactNode } from "react";

export interface Column {
  header: string;
  /** Numbers align to the end and never wrap mid-number. */
  numeric?: boolean;
}

export interface Row {
  key: string;
  /** Cells in column order; the first one names the row (a row header for screen readers). */
  cells: ReactNode[];
}

export interface DataTableProps {
  caption: string;
  columns: Column[];
  rows: Row[];
}

const useStyles = makeStyles({
  region: {
    maxWidth: "100%",
    overflowX: "auto",
    ":focus-visible": { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}` },
  },
  // Sized by content, so a wide table overflows into the scroll region instead of crushing columns.
  table: { tableLayout: "auto", width: "100%" },
  caption: {
    textAlign: "start",
    fontWeight: tokens.fontWeightSemibold,
    paddingBlock: tokens.spacingVerticalS,
  },
  numeric: { textAlign: "end", whiteSpace: "nowrap" },
  // A header cell lays its text out in a flex "button" slot, which text-align does not move.
  numericHeader: { justifyContent: "flex-end" },
});

export function DataTable({ caption, columns, rows }: DataTableProps) {
  const styles = useStyles();
  const numeric = (index: number) => (columns[index]?.numeric ? styles.numeric : undefined);
  return (
    // Focusable so keyboard users can scroll it; labelled so the stop is announced by name.
    <div className={styles.region} role="region" aria-label={caption} tabIndex={0}>
      <Table size="small" className={styles.table}>
        <caption className={styles.caption}>{caption}</caption>
        <TableHeader>
          <TableRow>
            {columns.map((column, i) => (
              <TableHeaderCell key={i} scope="col" className={numeric(i)} button={{ className: column.numeric ? styles.numericHeader : undefined }}>
                {column.header}
              </TableHeaderCell>
            ))}
          </TableRow>
        </TableHeader>
        <TableBody>
          {rows.map((row) => (
            <TableRow key={row.key}>
              {row.cells.map((cell, i) =>
                i === 0 ? (
                  <TableHeaderCell key={i} scope="row">
                    {cell}
                  </TableHeaderCell>
                ) : (
                  <TableCell key={i} className={numeric(i)}>
                    {cell}
                  </TableCell>
                ),
              )}
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}
