/**
 * The sheet tabs under the grid (visible sheets only, in order) and the button that adds a sheet.
 * A tab list: Left/Right move between tabs and activate them, Home/End go to the first and last.
 */
import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { useRef, type KeyboardEvent } from "react";
import type { Sheet } from "../excel/sheet";

export interface SheetTabsProps {
  sheets: readonly Sheet[];
  active: Sheet;
  onActivate(sheet: Sheet): void;
  onAdd(): void;
}

const useStyles = makeStyles({
  strip: { display: "flex", alignItems: "stretch", gap: "2px", padding: "0 6px", borderTop: `1px solid ${tokens.colorNeutralStroke2}`, backgroundColor: "#F3F3F3", overflowX: "auto", flexShrink: 0 },
  list: { display: "flex", gap: "2px" },
  tab: {
    font: "inherit",
    fontSize: "13px",
    padding: "4px 14px",
    border: "none",
    borderBottom: "3px solid transparent",
    backgroundColor: "transparent",
    cursor: "pointer",
    whiteSpace: "nowrap",
    ":hover": { backgroundColor: "#E6E6E6" },
    ":focus-visible": { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: "-2px" },
  },
  selected: { backgroundColor: "#FFFFFF", borderBottomColor: "#217346", color: "#0B5130", fontWeight: 600 },
  add: { font: "inherit", fontSize: "16px", padding: "0 10px", border: "none", backgroundColor: "transparent", cursor: "pointer", ":hover": { backgroundColor: "#E6E6E6" } },
});

export function SheetTabs({ sheets, active, onActivate, onAdd }: SheetTabsProps) {
  const styles = useStyles();
  const list = useRef<HTMLDivElement>(null);
  const visible = sheets.filter((s) => s.visibility === "Visible");

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>): void {
    const at = visible.indexOf(active);
    const to = { ArrowLeft: at - 1, ArrowRight: at + 1, Home: 0, End: visible.length - 1 }[event.key];
    if (to === undefined || to < 0 || to >= visible.length) return;
    event.preventDefault();
    onActivate(visible[to]);
    // The new active tab keeps the focus (roving tabindex).
    requestAnimationFrame(() => list.current?.querySelector<HTMLElement>('[aria-selected="true"]')?.focus());
  }

  return (
    <div className={styles.strip}>
      <div ref={list} role="tablist" aria-label="Sheets" data-testid="wb-sheet-tabs" className={styles.list} onKeyDown={onKeyDown}>
        {visible.map((sheet) => (
          <button
            key={sheet.id}
            type="button"
            role="tab"
            aria-selected={sheet === active}
            aria-controls="wb-grid"
            tabIndex={sheet === active ? 0 : -1}
            className={mergeClasses(styles.tab, sheet === active && styles.selected)}
            style={sheet.tabColor ? { boxShadow: `inset 0 -3px 0 ${sheet.tabColor}` } : undefined}
            onClick={() => onActivate(sheet)}
          >
            {sheet.name}
          </button>
        ))}
      </div>
      <button type="button" data-testid="wb-add-sheet" aria-label="New sheet" title="New sheet" className={styles.add} onClick={onAdd}>
        +
      </button>
    </div>
  );
}
