/**
 * Excel's formula bar: the name box (the active cell's address; type an address and Enter to go
 * there) and the formula box (the active cell's formula or value; edit it and Enter to enter).
 * Under them, the active cell's error message, and what was wrong with the last entry.
 */
import { makeStyles, tokens } from "@fluentui/react-components";
import { useEffect, useState, type KeyboardEvent } from "react";
import type { Move } from "./SheetGrid";

export interface FormulaBarProps {
  address: string;
  text: string;
  /** The active cell's error and its message, e.g. "#NUM! baseline must be greater than 0". */
  cellMessage: string;
  /** Why the last entry was refused, or null. */
  problem: string | null;
  /** Goes to an address ("B7", "'Rep data'!A1:C3"); false when it is not one. */
  onGo(address: string): boolean;
  onFocus(): void;
  onText(text: string): void;
  /** Enters the text; `move` as in the grid, null when focus went elsewhere. */
  onCommit(move: Move | null): void;
  onCancel(): void;
}

const useStyles = makeStyles({
  bar: { display: "flex", alignItems: "stretch", gap: "6px", padding: "4px 6px", borderBottom: `1px solid ${tokens.colorNeutralStroke2}` },
  nameBox: { width: "96px", flexShrink: 0, font: "inherit", fontSize: "13px", padding: "2px 4px" },
  fx: { alignSelf: "center", fontStyle: "italic", color: tokens.colorNeutralForeground3, userSelect: "none" },
  formula: { flexGrow: 1, minWidth: 0, font: "inherit", fontSize: "13px", fontFamily: "Consolas, 'DejaVu Sans Mono', monospace", padding: "2px 4px" },
  notes: { height: "18px", overflow: "hidden", whiteSpace: "nowrap", textOverflow: "ellipsis", padding: "0 8px 2px", fontSize: "12px", display: "flex", gap: "12px" },
  message: { color: tokens.colorPaletteRedForeground1 },
  problem: { color: tokens.colorPaletteRedForeground1, fontWeight: 600 },
});

export function FormulaBar(props: FormulaBarProps) {
  const styles = useStyles();
  const [typedAddress, setTypedAddress] = useState(props.address);
  useEffect(() => setTypedAddress(props.address), [props.address]);

  function onNameKeyDown(event: KeyboardEvent<HTMLInputElement>): void {
    if (event.key === "Enter") {
      event.preventDefault();
      if (!props.onGo(typedAddress)) setTypedAddress(props.address);
    } else if (event.key === "Escape") {
      setTypedAddress(props.address);
    }
  }

  function onFormulaKeyDown(event: KeyboardEvent<HTMLInputElement>): void {
    if (event.nativeEvent.isComposing) return;
    const back = event.shiftKey ? -1 : 1;
    if (event.key === "Enter" || event.key === "Tab") {
      event.preventDefault();
      props.onCommit(event.key === "Enter" ? { rows: back, cols: 0 } : { rows: 0, cols: back });
    } else if (event.key === "Escape") {
      event.preventDefault();
      props.onCancel();
    }
  }

  return (
    <div>
      <div className={styles.bar}>
        <input
          data-testid="wb-name-box"
          aria-label="Name box"
          className={styles.nameBox}
          value={typedAddress}
          spellCheck={false}
          onFocus={(event) => event.currentTarget.select()}
          onChange={(event) => setTypedAddress(event.target.value)}
          onKeyDown={onNameKeyDown}
          onBlur={() => setTypedAddress(props.address)}
        />
        <span className={styles.fx} aria-hidden>
          fx
        </span>
        <input
          data-testid="wb-formula-bar"
          aria-label="Formula bar"
          className={styles.formula}
          value={props.text}
          spellCheck={false}
          onFocus={props.onFocus}
          onChange={(event) => props.onText(event.target.value)}
          onKeyDown={onFormulaKeyDown}
          onBlur={() => props.onCommit(null)}
        />
      </div>
      {/* Always there, so that a message appearing does not move the grid under the pointer. */}
      <div className={styles.notes}>
        {props.cellMessage ? (
          <span data-testid="wb-cell-message" className={styles.message}>
            {props.cellMessage}
          </span>
        ) : null}
        {props.problem ? (
          <span role="alert" data-testid="wb-entry-problem" className={styles.problem}>
            {props.problem}
          </span>
        ) : null}
      </div>
    </div>
  );
}
