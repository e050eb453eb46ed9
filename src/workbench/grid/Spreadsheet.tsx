/**
 * The workbench's spreadsheet: formula bar, grid and sheet tabs over one emulated workbook. The
 * workbook is the truth — the active sheet, the selection (which the add-in reads through
 * getSelectedRange) and every cell — and this component re-reads it after each change, whoever
 * made it (the user here, or the task pane through the Excel API).
 */
import { makeStyles } from "@fluentui/react-components";
import { useRef, useState } from "react";
import { formatCells, parseAddress, rect } from "../../engine/sheet/address";
import type { Sheet } from "../excel/sheet";
import type { Workbook } from "../excel/workbook";
import { errorMessage } from "../engineDetails";
import { editText } from "./editText";
import { FormulaBar } from "./FormulaBar";
import { selectedArea, sameArea, selectionOf, single, type Selection } from "./selection";
import { SheetGrid, type CellEdit, type Move } from "./SheetGrid";
import { SheetTabs } from "./SheetTabs";
import { useWorkbookVersion } from "./useWorkbookVersion";
import { errorMessage as thrownMessage } from "../../engine/errors";

export interface SpreadsheetProps {
  workbook: Workbook;
}

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", minWidth: 0, minHeight: 0, height: "100%" },
});

export function Spreadsheet({ workbook }: SpreadsheetProps) {
  const styles = useStyles();
  const version = useWorkbookVersion(workbook);
  const gridRef = useRef<HTMLDivElement>(null);
  const sheet = workbook.activeSheet;

  // The selection as this grid made it (active cell and extent); the workbook's own when the
  // add-in changed it since (it keeps only the range).
  const [local, setLocal] = useState<{ sheetId: string; selection: Selection } | null>(null);
  const model = workbook.selection;
  const selection = local && local.sheetId === model.sheet.id && sameArea(selectedArea(local.selection), model.area) ? local.selection : selectionOf(model.area);
  const { active } = selection;

  // The edit lives in a ref as well, so that a blur right after Enter does not enter it twice.
  const [edit, setEditState] = useState<CellEdit | null>(null);
  const editRef = useRef<CellEdit | null>(null);
  const setEdit = (next: CellEdit | null): void => {
    editRef.current = next;
    setEditState(next);
  };
  const [problem, setProblem] = useState<string | null>(null);

  function select(next: Selection, target: Sheet = sheet): void {
    if (!commit(null)) return;
    workbook.select(target, selectedArea(next));
    setLocal({ sheetId: target.id, selection: next });
  }

  /** Enters the text being typed; false (and the reason shown) when the workbook refuses it. */
  function commit(move: Move | null): boolean {
    const current = editRef.current;
    if (!current) return true;
    const target = workbook.sheet(current.sheetId);
    try {
      if (target) workbook.enter(target, current.row, current.col, current.text);
    } catch (error) {
      setProblem(`${current.text} was not entered: ${thrownMessage(error)}`);
      return false;
    }
    setEdit(null);
    setProblem(null);
    if (move && target) {
      select(single({ row: Math.max(0, current.row + move.rows), col: Math.max(0, current.col + move.cols) }), target);
      gridRef.current?.focus();
    }
    return true;
  }

  function cancel(): void {
    setEdit(null);
    setProblem(null);
    gridRef.current?.focus();
  }

  function startEdit(text: string | null, mode: CellEdit["mode"], place: CellEdit["place"] = "cell"): void {
    const content = text ?? editText(workbook.cell(sheet, active.row, active.col));
    setEdit({ sheetId: sheet.id, row: active.row, col: active.col, text: content, mode, place });
  }

  function activate(target: Sheet): void {
    if (!commit(null) || target === sheet) return;
    workbook.activate(target);
    workbook.endBatch();
  }

  function go(address: string): boolean {
    const parsed = parseAddress(address);
    const target = parsed?.sheet === undefined ? sheet : workbook.sheet(parsed.sheet);
    if (!parsed || !target || target.visibility !== "Visible") return false;
    if (target !== sheet) activate(target);
    select(selectionOf(parsed.rect), target);
    gridRef.current?.focus();
    return true;
  }

  const view = workbook.cell(sheet, active.row, active.col);
  const editing = edit && edit.sheetId === sheet.id ? edit : null;
  return (
    <div className={styles.root}>
      <FormulaBar
        address={formatCells(rect(active.row, active.col))}
        text={editing ? editing.text : editText(view)}
        cellMessage={view.isError ? `${view.value} ${errorMessage(workbook, sheet, active.row, active.col)}`.trim() : ""}
        problem={problem}
        onGo={go}
        onFocus={() => editRef.current || startEdit(null, "edit", "bar")}
        onText={(text) => editRef.current && setEdit({ ...editRef.current, text })}
        onCommit={commit}
        onCancel={cancel}
      />
      <SheetGrid
        workbook={workbook}
        sheet={sheet}
        version={version}
        selection={selection}
        edit={editing}
        onSelect={(next) => select(next)}
        onStartEdit={(text, mode) => startEdit(text, mode)}
        onEditText={(text) => editRef.current && setEdit({ ...editRef.current, text })}
        onCommit={commit}
        onCancel={cancel}
        onClear={() => {
          workbook.clear(sheet, selectedArea(selection), "Contents");
          workbook.endBatch();
        }}
        gridRef={gridRef}
      />
      <SheetTabs
        sheets={workbook.sheets}
        active={sheet}
        onActivate={activate}
        onAdd={() => {
          if (!commit(null)) return;
          workbook.activate(workbook.addSheet());
          workbook.endBatch();
        }}
      />
    </div>
  );
}
