/**
 * The one table every policy section uses: a visible caption, column headers, a header cell
 * per row, inside a region that scrolls sideways so a wide table never widens a 320 px pane;
 * while it does scroll, a line under it says so (a cut-off column is not visible otherwise). Cells are nodes, so the editor can later put inputs where read-only text is today.
 *
 * A table of many columns is `stacked` (docs/workbench.md, "A 320 px pane"): each row shows its
 * name on a line of its own, then its cells in as many columns as fit, each under its column's
 * name; the header row stays for screen readers only. Explicit ARIA roles keep it a table for
 * assistive technology whatever CSS display the rows and cells get.
 */
import { Caption1, makeStyles, mergeClasses, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, tokens } from "@fluentui/react-components";
import { useId, useLayoutEffect, useRef, useState, type ReactNode, type RefObject } from "react";
import { useStrings } from "./i18n/LocaleContext";
import { SHARED_STRINGS } from "./i18n/sharedStrings";

export interface Column {
  header: string;
  /** Numbers align to the end and never wrap mid-number. */
  numeric?: boolean;
  /** A share of the table's width ("40%"), when the content should wrap to it rather than size the column. */
  width?: string;
  /** Stacked, its cells take two grid columns: for phrases ("Position baseline") that would wrap word by word in one. */
  wide?: boolean;
  /** A column of buttons that say what they do: stacked, its cells show no column name above them. */
  action?: boolean;
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
  /** Rows laid out as stacked cards of labelled cells rather than one line each. */
  stacked?: boolean;
}

const useStyles = makeStyles({
  region: {
    maxWidth: "100%",
    overflowX: "auto",
    ":focus-visible": { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}` },
  },
  cue: { color: tokens.colorNeutralForeground2 },
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
  // Stacked: the column headers are read by screen readers, never seen (each cell shows its own).
  hiddenHeader: {
    position: "absolute",
    width: "1px",
    height: "1px",
    overflow: "hidden",
    clipPath: "inset(50%)",
    whiteSpace: "nowrap",
  },
  stackedRow: {
    display: "grid",
    // 4rem holds a month's factor or four CJK characters: a quarter a line in a 320 px pane, more when wider.
    gridTemplateColumns: "repeat(auto-fill, minmax(4rem, 1fr))",
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXS,
    paddingBlock: tokens.spacingVerticalS,
  },
  // Fluent gives table cells a fixed height (a table row grows past it, a grid row does not).
  stackedName: { gridColumn: "1 / -1", display: "block", height: "auto", fontWeight: tokens.fontWeightSemibold, paddingInline: 0 },
  stackedWide: { gridColumn: "span 2" },
  stackedCell: {
    display: "flex",
    flexDirection: "column",
    alignItems: "stretch",
    height: "auto",
    minWidth: 0,
    paddingInline: 0,
    overflowWrap: "anywhere",
    // The column's name above the value; alt text "" so screen readers hear it once, from the header
    // cell. Engines without alt text (Safari before 17.4, older WebView) drop that declaration and
    // keep the plain one before it, so the name still shows there.
    "&[data-label]::before": {
      content: ["attr(data-label)", 'attr(data-label) / ""'],
      color: tokens.colorNeutralForeground3,
      fontSize: tokens.fontSizeBase200,
      lineHeight: tokens.lineHeightBase200,
    },
    "& .fui-Input, & .fui-Select": { minWidth: 0, width: "100%" },
  },
});

/** Whether the element's content is wider than the element, kept up to date as either is resized. */
function useOverflowsSideways(ref: RefObject<HTMLElement | null>): boolean {
  const [overflows, setOverflows] = useState(false);
  useLayoutEffect(() => {
    const element = ref.current;
    // No layout (jsdom), nothing to measure.
    if (!element || typeof ResizeObserver === "undefined") return;
    const measure = () => setOverflows(element.scrollWidth > element.clientWidth + 1);
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    if (element.firstElementChild) observer.observe(element.firstElementChild);
    measure();
    return () => observer.disconnect();
  }, [ref]);
  return overflows;
}

export function DataTable({ caption, columns, rows, stacked = false }: DataTableProps) {
  const styles = useStyles();
  const t = useStrings(SHARED_STRINGS);
  const region = useRef<HTMLDivElement>(null);
  const cueId = useId();
  const scrolls = useOverflowsSideways(region);
  const numeric = (index: number) => (columns[index]?.numeric && !stacked ? styles.numeric : undefined);
  // Roles only where CSS takes the table display away; a plain table keeps the browser's own.
  const role = (name: string) => (stacked ? name : undefined);
  return (
    <>
      {/* Focusable so keyboard users can scroll it; labelled so the stop is announced by name. */}
      <div ref={region} className={styles.region} role="region" aria-label={caption} aria-describedby={scrolls ? cueId : undefined} tabIndex={0}>
        <Table size="small" className={styles.table} role={role("table")}>
          <caption className={styles.caption}>{caption}</caption>
          <TableHeader className={stacked ? styles.hiddenHeader : undefined} role={role("rowgroup")}>
            <TableRow role={role("row")}>
              {columns.map((column, i) => (
                <TableHeaderCell
                  key={i}
                  scope="col"
                  role={role("columnheader")}
                  className={numeric(i)}
                  style={column.width ? { width: column.width } : undefined}
                  button={{ className: column.numeric && !stacked ? styles.numericHeader : undefined }}
                >
                  {column.header}
                </TableHeaderCell>
              ))}
            </TableRow>
          </TableHeader>
          <TableBody role={role("rowgroup")}>
            {rows.map((row) => (
              <TableRow key={row.key} role={role("row")} className={stacked ? styles.stackedRow : undefined}>
                {row.cells.map((cell, i) =>
                  i === 0 ? (
                    <TableHeaderCell key={i} scope="row" role={role("rowheader")} className={stacked ? styles.stackedName : undefined}>
                      {cell}
                    </TableHeaderCell>
                  ) : (
                    <TableCell
                      key={i}
                      role={role("cell")}
                      className={stacked ? mergeClasses(styles.stackedCell, columns[i]?.wide && styles.stackedWide) : numeric(i)}
                      data-label={stacked && !columns[i]?.action ? columns[i]?.header : undefined}
                    >
                      {cell}
                    </TableCell>
                  ),
                )}
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </div>
      {scrolls && (
        <Caption1 id={cueId} data-scroll-cue className={styles.cue}>
          {t.scrollSideways}
        </Caption1>
      )}
    </>
  );
}
