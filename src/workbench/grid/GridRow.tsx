/**
 * One row of the grid: its number, then its cells — the frozen columns, a gap for the columns
 * scrolled out of view, the columns in view — and the editor in the cell being typed into. A row
 * re-renders only when what it shows changes (React.memo over plain props), so scrolling mounts
 * the rows coming into view and leaves the others alone.
 */
import { makeStyles, mergeClasses } from "@fluentui/react-components";
import { memo, type CSSProperties, type KeyboardEvent, type MouseEvent, type ReactNode } from "react";
import { formatCells, rect } from "../../engine/sheet/address";
import type { Axis } from "./axis";
import type { CellDisplay } from "./cellBlock";
import type { CellRef } from "./selection";

/** A cell being typed into, in the cell itself or in the formula bar. */
export interface CellEdit {
  sheetId: string;
  row: number;
  col: number;
  text: string;
  /** "enter": started by typing, so arrow keys commit and move; "edit": F2, double-click or the formula bar, arrows move the caret. */
  mode: "enter" | "edit";
  place: "cell" | "bar";
}

/** What the cells report; one object for the grid's lifetime, so rows need not re-render for it. */
export interface CellEvents {
  mouseDown(event: MouseEvent, cell: CellRef): void;
  mouseEnter(cell: CellRef): void;
  doubleClick(): void;
  editText(text: string): void;
  editKeyDown(event: KeyboardEvent<HTMLInputElement>): void;
  editBlur(): void;
}

export interface GridRowProps {
  row: number;
  height: number;
  width: number;
  /** Where a frozen row stays (CSS sticky top); undefined for a row that scrolls. */
  stickyTop: number | undefined;
  cols: Axis;
  frozenCols: number;
  /** The scrolling columns in view. */
  firstCol: number;
  lastCol: number;
  displays: readonly CellDisplay[] | undefined;
  /** The selected columns in this row, or -1 and -1 when the row is outside the selection. */
  selectedFrom: number;
  selectedTo: number;
  /** The active cell's column when it is in this row, else -1. */
  activeCol: number;
  /** The edit, when it is in this row. */
  edit: CellEdit | null;
  gridlines: boolean;
  events: CellEvents;
}

export const ROW_HEADER_WIDTH = 46;
const ACCENT = "#217346";
const GRIDLINE = "#E1E1E1";
const SELECTED_FILL = "#E4EFE8";

export const cellId = (row: number, col: number): string => `wb-cell-${row}-${col}`;

export const useHeaderStyles = makeStyles({
  header: {
    boxSizing: "border-box",
    flexShrink: 0,
    backgroundColor: "#F3F3F3",
    color: "#444444",
    fontSize: "12px",
    textAlign: "center",
    borderRight: "1px solid #D0D0D0",
    borderBottom: "1px solid #D0D0D0",
    userSelect: "none",
    overflow: "hidden",
  },
  selected: { backgroundColor: "#D3E3D9", color: "#0B5130", fontWeight: 600 },
});

const useStyles = makeStyles({
  row: { display: "flex" },
  cell: {
    boxSizing: "border-box",
    flexShrink: 0,
    paddingLeft: "3px",
    paddingRight: "3px",
    whiteSpace: "nowrap",
    overflow: "hidden",
    cursor: "cell",
  },
  runOn: { overflow: "visible", position: "relative", zIndex: 0 },
  runOnText: { display: "inline-block", overflow: "hidden", verticalAlign: "top", pointerEvents: "none" },
  // The editor grows over the cells to the right, above them.
  editing: { overflow: "visible", position: "relative", zIndex: 4 },
  error: { color: "#A4262C" },
  active: { boxShadow: `inset 0 0 0 2px ${ACCENT}` },
  editor: {
    position: "absolute",
    left: 0,
    top: 0,
    zIndex: 5,
    boxSizing: "border-box",
    height: "100%",
    font: "inherit",
    paddingLeft: "2px",
    paddingRight: "2px",
    border: `2px solid ${ACCENT}`,
    outlineStyle: "none",
    backgroundColor: "#FFFFFF",
  },
});

/** A spacer for the columns not drawn. */
export const gap = (width: number): ReactNode => (width > 0 ? <div aria-hidden style={{ width, flexShrink: 0 }} /> : null);

/** Frozen columns stay put (CSS sticky left) past the row numbers. */
export const stickyLeft = (cols: Axis, frozenCols: number, c: number): CSSProperties =>
  c < frozenCols ? { position: "sticky", left: ROW_HEADER_WIDTH + cols.start(c), zIndex: 1 } : {};

export const GridRow = memo(function GridRow(props: GridRowProps) {
  const { row: r, cols, frozenCols, displays, edit, events } = props;
  const styles = useStyles();
  const headerStyles = useHeaderStyles();
  const frozenRow = props.stickyTop !== undefined;
  const border = `1px solid ${props.gridlines ? GRIDLINE : "transparent"}`;

  function cell(c: number) {
    const display = displays?.[c];
    const isActive = c === props.activeCol;
    const cellEdit = edit && edit.col === c ? edit : null;
    const selected = c >= props.selectedFrom && c <= props.selectedTo;
    // Frozen cells are opaque: the cells scrolling under them must not show through.
    const fill = display?.fill ?? (c < frozenCols || frozenRow ? "#FFFFFF" : undefined);
    const background = selected && !isActive ? (fill ? `color-mix(in srgb, ${fill} 80%, ${ACCENT})` : SELECTED_FILL) : fill;
    const runsOn = display?.overflows === true && !cellEdit && c >= frozenCols;
    // Text runs on over the empty cells to its right, up to the first that is not (Excel's rule).
    let runEnd = c + 1;
    while (runsOn && runEnd <= props.lastCol && (displays?.[runEnd]?.text ?? "") === "") runEnd++;
    const address = formatCells(rect(r, c));
    const style: CSSProperties = {
      width: cols.size(c),
      height: props.height,
      borderRight: border,
      borderBottom: border,
      textAlign: display?.align,
      fontWeight: display?.bold ? 700 : undefined,
      fontStyle: display?.italic ? "italic" : undefined,
      color: display?.color,
      backgroundColor: background,
      ...stickyLeft(cols, frozenCols, c),
    };
    return (
      <div
        key={c}
        role="gridcell"
        id={cellId(r, c)}
        aria-colindex={c + 2}
        aria-selected={selected}
        data-address={address}
        title={display?.message || undefined}
        className={mergeClasses(styles.cell, runsOn && styles.runOn, display?.isError && styles.error, isActive && styles.active, cellEdit !== null && styles.editing)}
        style={style}
        onMouseDown={(event) => events.mouseDown(event, { row: r, col: c })}
        onMouseEnter={() => events.mouseEnter({ row: r, col: c })}
        onDoubleClick={events.doubleClick}
      >
        {cellEdit?.place === "cell" ? (
          <input
            data-testid="wb-cell-editor"
            aria-label={`Edit ${address}`}
            className={styles.editor}
            style={{ width: `max(${cols.size(c)}px, ${cellEdit.text.length + 2}ch)` }}
            value={cellEdit.text}
            autoFocus
            spellCheck={false}
            onFocus={(event) => event.currentTarget.setSelectionRange(cellEdit.text.length, cellEdit.text.length)}
            onChange={(event) => events.editText(event.target.value)}
            onKeyDown={events.editKeyDown}
            onBlur={events.editBlur}
            onMouseDown={(event) => event.stopPropagation()}
          />
        ) : cellEdit ? (
          cellEdit.text
        ) : runsOn ? (
          // Over the neighbours' gridlines, as Excel draws text that runs on; a click there is on the cell under it.
          <span
            className={styles.runOnText}
            style={{
              // Clear over the cell itself (its fill or selection shows), white over the neighbours' gridlines.
              background: `linear-gradient(to right, transparent ${cols.size(c) - 3}px, #FFFFFF 0)`,
              maxWidth: cols.start(runEnd) - cols.start(c) - 4,
            }}
          >
            {display.text}
          </span>
        ) : (
          display?.text
        )}
      </div>
    );
  }

  const scrolled = Array.from({ length: Math.max(0, props.lastCol - props.firstCol + 1) }, (_, i) => props.firstCol + i);
  return (
    <div
      role="row"
      aria-rowindex={r + 2}
      className={styles.row}
      style={{ width: props.width, height: props.height, ...(frozenRow ? { position: "sticky", top: props.stickyTop, zIndex: 2 } : {}) }}
    >
      <div
        role="rowheader"
        aria-colindex={1}
        className={mergeClasses(headerStyles.header, props.selectedFrom >= 0 && headerStyles.selected)}
        style={{ width: ROW_HEADER_WIDTH, lineHeight: `${props.height - 1}px`, position: "sticky", left: 0, zIndex: 1 }}
      >
        {r + 1}
      </div>
      {Array.from({ length: frozenCols }, (_, c) => cell(c))}
      {gap(cols.start(props.firstCol) - cols.start(frozenCols))}
      {scrolled.map(cell)}
      {gap(cols.total - cols.start(props.lastCol + 1))}
    </div>
  );
});
