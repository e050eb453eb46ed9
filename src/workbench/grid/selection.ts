/**
 * The grid's selection, as Excel has it: the active cell (where typing goes; the anchor of the
 * range) and the cell the range was extended to (Shift+arrows, Shift+click, dragging). Keyboard
 * moves follow Excel's keys.
 */
import { MAX_COLUMNS, MAX_ROWS, rect, type Rect } from "../../engine/sheet/address";

export interface CellRef {
  row: number;
  col: number;
}

export interface Selection {
  active: CellRef;
  /** The other corner of the selected range (the active cell itself for a single cell). */
  extent: CellRef;
}

export const single = (cell: CellRef): Selection => ({ active: cell, extent: cell });

export function selectedArea({ active, extent }: Selection): Rect {
  const row = Math.min(active.row, extent.row);
  const col = Math.min(active.col, extent.col);
  return rect(row, col, Math.abs(active.row - extent.row) + 1, Math.abs(active.col - extent.col) + 1);
}

/** A selection over `area` as the model reports it: the active cell at its top left. */
export function selectionOf(area: Rect): Selection {
  return { active: { row: area.row, col: area.col }, extent: { row: area.row + area.rows - 1, col: area.col + area.cols - 1 } };
}

export function sameArea(a: Rect, b: Rect): boolean {
  return a.row === b.row && a.col === b.col && a.rows === b.rows && a.cols === b.cols;
}

const clamp = (cell: CellRef): CellRef => ({
  row: Math.max(0, Math.min(MAX_ROWS - 1, cell.row)),
  col: Math.max(0, Math.min(MAX_COLUMNS - 1, cell.col)),
});

export interface KeyMove {
  key: string;
  shift: boolean;
  /** Ctrl, or Cmd on a Mac. */
  ctrl: boolean;
}

/**
 * Where a navigation key takes the selection: arrows one cell (Ctrl: to the edge of the used
 * range), Home to column A (Ctrl: A1), Ctrl+End to the used range's last cell, Page Up/Down by
 * `page` rows; with Shift the range extends instead. Null for any other key.
 */
export function moveSelection(selection: Selection, move: KeyMove, used: Rect | null, page: number): Selection | null {
  const from = move.shift ? selection.extent : selection.active;
  const lastUsedRow = used ? used.row + used.rows - 1 : 0;
  const lastUsedCol = used ? used.col + used.cols - 1 : 0;
  let to: CellRef;
  switch (move.key) {
    case "ArrowUp": to = { row: move.ctrl ? 0 : from.row - 1, col: from.col }; break;
    case "ArrowDown": to = { row: move.ctrl ? Math.max(lastUsedRow, from.row) : from.row + 1, col: from.col }; break;
    case "ArrowLeft": to = { row: from.row, col: move.ctrl ? 0 : from.col - 1 }; break;
    case "ArrowRight": to = { row: from.row, col: move.ctrl ? Math.max(lastUsedCol, from.col) : from.col + 1 }; break;
    case "Home": to = move.ctrl ? { row: 0, col: 0 } : { row: from.row, col: 0 }; break;
    case "End": if (!move.ctrl) return null; to = { row: lastUsedRow, col: lastUsedCol }; break;
    case "PageUp": to = { row: from.row - page, col: from.col }; break;
    case "PageDown": to = { row: from.row + page, col: from.col }; break;
    default: return null;
  }
  to = clamp(to);
  return move.shift ? { active: selection.active, extent: to } : single(to);
}
