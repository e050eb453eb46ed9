/**
 * The cells of one sheet: column letters, row numbers and cells, drawn only where the viewport
 * is (so a 5,000-row review scrolls), with frozen rows and columns held in place (CSS sticky),
 * column widths and row heights from the sheet, and Excel's keys. It is an ARIA grid: focus stays
 * on the grid and `aria-activedescendant` names the active cell, whose row and column indexes
 * (`aria-rowindex`, `aria-colindex`) count the header row and column as 1.
 */
import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { useEffect, useId, useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent, type RefObject } from "react";
import { columnLetters, rect } from "../../engine/sheet/address";
import type { Sheet } from "../excel/sheet";
import type { Workbook } from "../excel/workbook";
import { Axis, pixels } from "./axis";
import { readCellBlock, type CellDisplay } from "./cellBlock";
import { cellId, gap, GridRow, ROW_HEADER_WIDTH, stickyLeft, useHeaderStyles, type CellEdit, type CellEvents } from "./GridRow";
import { moveSelection, selectedArea, single, type Selection } from "./selection";

export type { CellEdit } from "./GridRow";

export interface Move {
  rows: number;
  cols: number;
}

export interface SheetGridProps {
  workbook: Workbook;
  sheet: Sheet;
  version: number;
  selection: Selection;
  edit: CellEdit | null;
  onSelect(selection: Selection): void;
  /** Starts typing into the active cell: with `text`, or its content when null. */
  onStartEdit(text: string | null, mode: CellEdit["mode"]): void;
  onEditText(text: string): void;
  /** Ends the edit, entering the text; then moves the active cell by `move` (null: focus went elsewhere, nothing moves). */
  onCommit(move: Move | null): void;
  onCancel(): void;
  /** Delete: empties the selected cells. */
  onClear(): void;
  gridRef: RefObject<HTMLDivElement | null>;
}

const HEADER_HEIGHT = 20;
/** What jsdom (no layout) is taken to show, kept small so tests render few cells; a browser measures the real size before painting. */
const FALLBACK_VIEWPORT = { width: 640, height: 360 };
/** Cells are read this many columns at a time, so a small sideways scroll reads nothing new. */
const COLUMN_CHUNK = 16;
/** Rows of cell displays kept while scrolling, before the ones out of view are dropped. */
const CACHED_ROWS = 400;

const range = (from: number, to: number): number[] => Array.from({ length: Math.max(0, to - from + 1) }, (_, i) => from + i);

const useStyles = makeStyles({
  grid: {
    position: "relative",
    overflow: "auto",
    flexGrow: 1,
    minHeight: 0,
    backgroundColor: "#FFFFFF",
    fontFamily: "Calibri, Carlito, 'Segoe UI', Arial, sans-serif",
    fontSize: "14px",
    lineHeight: "18px",
    color: "#000000",
    outlineStyle: "none",
    ":focus-visible": { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: "-2px" },
  },
  headerRow: { display: "flex", position: "sticky", top: 0, zIndex: 3 },
  hidden: { position: "absolute", width: "1px", height: "1px", overflow: "hidden", clipPath: "inset(50%)", whiteSpace: "nowrap" },
});

export function SheetGrid(props: SheetGridProps) {
  const { workbook, sheet, version, selection, edit, gridRef } = props;
  const styles = useStyles();
  const headerStyles = useHeaderStyles();
  const [scroll, setScroll] = useState({ top: 0, left: 0 });
  const [viewport, setViewport] = useState(FALLBACK_VIEWPORT);
  const dragging = useRef(false);
  const hintId = useId();

  const used = useMemo(() => workbook.usedArea(sheet), [workbook, sheet, version]);
  const { active, extent } = selection;
  const rowCount = Math.max(100, (used ? used.row + used.rows : 0) + 100, active.row + 50, extent.row + 50);
  const colCount = Math.max(26, (used ? used.col + used.cols : 0) + 5, active.col + 10, extent.col + 10);
  const rows = useMemo(() => new Axis(rowCount, (r) => pixels(sheet.rowHeight(r))), [sheet, version, rowCount]);
  const cols = useMemo(() => new Axis(colCount, (c) => pixels(sheet.columnWidth(c))), [sheet, version, colCount]);
  const frozenRows = Math.min(sheet.freeze.rows, rowCount);
  const frozenCols = Math.min(sheet.freeze.columns, colCount);
  const bodyHeight = viewport.height - HEADER_HEIGHT;
  const bodyWidth = viewport.width - ROW_HEADER_WIDTH;
  const visibleRows = rows.visible(scroll.top, bodyHeight, frozenRows, 4);
  const visibleCols = cols.visible(scroll.left, bodyWidth, frozenCols, 2);
  const rowIndexes = [...range(0, frozenRows - 1), ...range(visibleRows.first, visibleRows.last)];

  // Cell displays by row, kept while the workbook does not change, so scrolling reads (and
  // re-renders) only the rows coming into view.
  const readTo = Math.ceil((Math.max(visibleCols.last, frozenCols - 1) + 1) / COLUMN_CHUNK) * COLUMN_CHUNK;
  const cache = useRef({ key: "", rows: new Map<number, CellDisplay[]>() });
  const cacheKey = `${sheet.id}|${version}|${readTo}`;
  if (cache.current.key !== cacheKey || cache.current.rows.size > CACHED_ROWS) cache.current = { key: cacheKey, rows: new Map() };
  const missing = rowIndexes.filter((r) => !cache.current.rows.has(r));
  for (let i = 0; i < missing.length; ) {
    let j = i;
    while (j + 1 < missing.length && missing[j + 1] === missing[j] + 1) j++;
    readCellBlock(workbook, sheet, rect(missing[i], 0, j - i + 1, readTo)).forEach((row, k) => cache.current.rows.set(missing[i] + k, row));
    i = j + 1;
  }

  // The viewport's real size, where there is layout to measure.
  useLayoutEffect(() => {
    const element = gridRef.current;
    if (!element) return;
    const measure = () => {
      if (element.clientWidth > 0 && element.clientHeight > 0) setViewport({ width: element.clientWidth, height: element.clientHeight });
    };
    measure();
    if (typeof ResizeObserver === "undefined") return;
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, [gridRef]);

  // Another sheet starts at its top left.
  useLayoutEffect(() => {
    setScroll({ top: 0, left: 0 });
    gridRef.current?.scrollTo?.({ top: 0, left: 0 });
  }, [sheet, gridRef]);

  // The cell the keyboard moved to comes into view.
  useEffect(() => {
    const top = rows.scrollTo(extent.row, scroll.top, bodyHeight, frozenRows);
    const left = cols.scrollTo(extent.col, scroll.left, bodyWidth, frozenCols);
    if (top === scroll.top && left === scroll.left) return;
    setScroll({ top, left });
    gridRef.current?.scrollTo?.({ top, left });
    // Only a move of the selection scrolls (hence these dependencies): scrolling by hand must not snap back.
  }, [extent.row, extent.col]);

  useEffect(() => {
    const stop = () => void (dragging.current = false);
    window.addEventListener("mouseup", stop);
    return () => window.removeEventListener("mouseup", stop);
  }, []);

  const area = selectedArea(selection);
  const editing = edit !== null && edit.sheetId === sheet.id ? edit : null;

  // The rows get one events object for good; it calls whatever this render's handlers are.
  const latest = useRef<CellEvents>(null!);
  latest.current = {
    mouseDown(event, cell) {
      if (event.button !== 0) return;
      dragging.current = true;
      props.onSelect(event.shiftKey ? { active, extent: cell } : single(cell));
    },
    mouseEnter(cell) {
      if (dragging.current) props.onSelect({ active, extent: cell });
    },
    doubleClick: () => props.onStartEdit(null, "edit"),
    editText: (text) => props.onEditText(text),
    editKeyDown(event) {
      event.stopPropagation();
      if (event.nativeEvent.isComposing) return;
      const arrows: Record<string, Move> = { ArrowUp: { rows: -1, cols: 0 }, ArrowDown: { rows: 1, cols: 0 }, ArrowLeft: { rows: 0, cols: -1 }, ArrowRight: { rows: 0, cols: 1 } };
      const back = event.shiftKey ? -1 : 1;
      const move =
        event.key === "Enter" ? { rows: back, cols: 0 }
        : event.key === "Tab" ? { rows: 0, cols: back }
        : editing?.mode === "enter" ? arrows[event.key]
        : undefined;
      if (move) {
        event.preventDefault();
        props.onCommit(move);
      } else if (event.key === "Escape") {
        event.preventDefault();
        props.onCancel();
      }
    },
    editBlur: () => props.onCommit(null),
  };
  const events = useMemo<CellEvents>(
    () => ({
      mouseDown: (event, cell) => latest.current.mouseDown(event, cell),
      mouseEnter: (cell) => latest.current.mouseEnter(cell),
      doubleClick: () => latest.current.doubleClick(),
      editText: (text) => latest.current.editText(text),
      editKeyDown: (event) => latest.current.editKeyDown(event),
      editBlur: () => latest.current.editBlur(),
    }),
    [],
  );

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>): void {
    if (event.target !== event.currentTarget || editing) return;
    const ctrl = event.ctrlKey || event.metaKey;
    const key = event.key;
    if (key === "F2") return void (event.preventDefault(), props.onStartEdit(null, "edit"));
    if (key === "Delete") return void (event.preventDefault(), props.onClear());
    if (key === "Backspace") return void (event.preventDefault(), props.onStartEdit("", "enter"));
    if (key === "Enter" || key === "Tab") {
      event.preventDefault();
      const back = event.shiftKey ? -1 : 1;
      const to = key === "Enter" ? { row: active.row + back, col: active.col } : { row: active.row, col: active.col + back };
      return props.onSelect(single({ row: Math.max(0, to.row), col: Math.max(0, to.col) }));
    }
    const page = Math.max(1, Math.floor(bodyHeight / pixels(sheet.standardHeight)) - 1);
    const moved = moveSelection(selection, { key, shift: event.shiftKey, ctrl }, used, page);
    if (moved) return void (event.preventDefault(), props.onSelect(moved));
    if (key.length === 1 && !ctrl && !event.altKey) {
      event.preventDefault();
      props.onStartEdit(key, "enter");
    }
  }

  const totalWidth = ROW_HEADER_WIDTH + cols.total;
  const columnHeader = (c: number) => (
    <div
      key={c}
      role="columnheader"
      aria-colindex={c + 2}
      className={mergeClasses(headerStyles.header, c >= area.col && c < area.col + area.cols && headerStyles.selected)}
      style={{ width: cols.size(c), lineHeight: `${HEADER_HEIGHT - 1}px`, ...stickyLeft(cols, frozenCols, c) }}
    >
      {columnLetters(c)}
    </div>
  );
  const row = (r: number) => {
    const inArea = r >= area.row && r < area.row + area.rows;
    return (
      <GridRow
        key={r}
        row={r}
        height={rows.size(r)}
        width={totalWidth}
        stickyTop={r < frozenRows ? HEADER_HEIGHT + rows.start(r) : undefined}
        cols={cols}
        frozenCols={frozenCols}
        firstCol={visibleCols.first}
        lastCol={visibleCols.last}
        displays={cache.current.rows.get(r)}
        selectedFrom={inArea ? area.col : -1}
        selectedTo={inArea ? area.col + area.cols - 1 : -1}
        activeCol={r === active.row ? active.col : -1}
        edit={editing && editing.row === r ? editing : null}
        gridlines={sheet.showGridlines}
        events={events}
      />
    );
  };

  const visibleActive = rowIndexes.includes(active.row) && (active.col < frozenCols || (active.col >= visibleCols.first && active.col <= visibleCols.last));
  return (
    <>
      <span id={hintId} className={styles.hidden}>
        Arrow keys move between cells, with Shift they select. Type to replace a cell; F2 or double-click edits it. Enter or Tab enters, Escape
        cancels, Delete clears. F6 moves to the next part of the page.
      </span>
      <div
        ref={gridRef}
        id="wb-grid"
        role="grid"
        data-testid="wb-grid"
        aria-label={`Sheet ${sheet.name}`}
        aria-describedby={hintId}
        aria-rowcount={rowCount + 1}
        aria-colcount={colCount + 1}
        aria-multiselectable
        aria-activedescendant={visibleActive ? cellId(active.row, active.col) : undefined}
        tabIndex={0}
        className={styles.grid}
        onKeyDown={onKeyDown}
        onScroll={(event) => setScroll({ top: event.currentTarget.scrollTop, left: event.currentTarget.scrollLeft })}
      >
        <div role="row" aria-rowindex={1} className={styles.headerRow} style={{ width: totalWidth, height: HEADER_HEIGHT }}>
          <div role="columnheader" aria-colindex={1} className={headerStyles.header} style={{ width: ROW_HEADER_WIDTH, position: "sticky", left: 0, zIndex: 1 }}>
            <span className={styles.hidden}>Row</span>
          </div>
          {range(0, frozenCols - 1).map(columnHeader)}
          {gap(cols.start(visibleCols.first) - cols.start(frozenCols))}
          {range(visibleCols.first, visibleCols.last).map(columnHeader)}
          {gap(cols.total - cols.start(visibleCols.last + 1))}
        </div>
        {range(0, frozenRows - 1).map(row)}
        {visibleRows.first > frozenRows ? <div aria-hidden style={{ height: rows.start(visibleRows.first) - rows.start(frozenRows) }} /> : null}
        {range(visibleRows.first, visibleRows.last).map(row)}
        <div aria-hidden style={{ height: rows.total - rows.start(visibleRows.last + 1) }} />
      </div>
    </>
  );
}
