/**
 * The Reconcile view's state in one reducer: what the user typed, what the last run gave, and
 * whether a run is going; and the view's actions (reconcile, allocate, find the column, take the
 * selection), each run through the ports with its outcome or error announced.
 */
import { useEffect, useReducer } from "react";
import { readNumber } from "../../engine/input";
import { errorMessage } from "../../engine/errors";
import { ExcelUnavailableError } from "../shared/excelUnavailable";
import { useLocale, useStrings } from "../shared/i18n/LocaleContext";
import { formatMoney } from "../shared/moneyText";
import type { SelectionPort } from "../shared/selectionPort";
import type { AmountSource, ReconcileOutcome, ReconcileRequest } from "./excel/reconcileSheet";
import { RECONCILE_SHEET_STRINGS } from "./excel/reconcileSheetStrings";
import { RECONCILE_STRINGS } from "./reconcileStrings";
import type { ReconcileWorkbook } from "./reconcileWorkbook";

/** What the user typed for an amount that may come from a cell. */
export interface AmountEntry {
  mode: "amount" | "cell";
  amount: string;
  cell: string;
}

const NO_ENTRY: AmountEntry = { mode: "amount", amount: "", cell: "" };

/** What the user types. */
export interface ReconcileForm {
  range: string;
  ledger: AmountEntry;
  unassigned: AmountEntry;
  tolerance: string;
  by: string;
}

export interface ReconcileState extends ReconcileForm {
  /** The Net profit column found on the sheet; null when a search found none, undefined before one. */
  found: string | null | undefined;
  outcome: ReconcileOutcome | null;
  /** The user confirmed that the variance is a rounding residue. */
  confirmed: boolean;
  busy: boolean;
  announcement: string;
  error: string;
}

const INITIAL: ReconcileState = {
  range: "",
  ledger: NO_ENTRY,
  unassigned: NO_ENTRY,
  tolerance: "0.00",
  by: "",
  found: undefined,
  outcome: null,
  confirmed: false,
  busy: false,
  announcement: "",
  error: "",
};

type Action =
  /** A change to what the user typed; a function gets the form as it is when the change lands. */
  | { type: "edit"; form: Partial<ReconcileForm> | ((form: ReconcileForm) => Partial<ReconcileForm>) }
  | { type: "confirm"; confirmed: boolean }
  /** A Net profit column searched for; `keepTyped`: a range the user typed stays. */
  | { type: "found"; address: string | null; keepTyped: boolean }
  | { type: "start" }
  | { type: "reconciled"; outcome: ReconcileOutcome; announcement: string }
  | { type: "failed"; error: string }
  | { type: "end" };

function reduce(state: ReconcileState, action: Action): ReconcileState {
  switch (action.type) {
    case "edit": {
      const form = typeof action.form === "function" ? action.form(state) : action.form;
      // The confirmation is of a variance against this tolerance.
      return { ...state, ...form, confirmed: form.tolerance === undefined ? state.confirmed : false };
    }
    case "confirm":
      return { ...state, confirmed: action.confirmed };
    case "found": {
      const range = action.address === null || (action.keepTyped && state.range) ? state.range : action.address;
      return { ...state, range, found: action.address };
    }
    case "start":
      return { ...state, busy: true, error: "" };
    case "reconciled":
      return { ...state, outcome: action.outcome, confirmed: false, announcement: action.announcement };
    case "failed":
      return { ...state, announcement: "", error: action.error };
    case "end":
      return { ...state, busy: false };
  }
}

export function useReconcile(workbook: ReconcileWorkbook, selection: SelectionPort) {
  const t = useStrings(RECONCILE_STRINGS);
  const words = useStrings(RECONCILE_SHEET_STRINGS);
  const { locale } = useLocale();
  const [state, dispatch] = useReducer(reduce, INITIAL);

  // The review sheet's Net profit column is the default, when the active sheet has one.
  useEffect(() => {
    let live = true;
    workbook
      .findNetProfit()
      .then((address) => {
        if (live && address) dispatch({ type: "found", address, keepTyped: true });
      })
      .catch(() => undefined); // outside Office: the user types the range
    return () => {
      live = false;
    };
  }, [workbook]);

  const run = async (action: () => Promise<void>) => {
    dispatch({ type: "start" });
    try {
      await action();
    } catch (e) {
      dispatch({ type: "failed", error: e instanceof ExcelUnavailableError ? t.errors.noExcel : errorMessage(e) });
    } finally {
      dispatch({ type: "end" });
    }
  };

  const request = (): ReconcileRequest => ({
    netProfit: required(state.range, t.errors.needRange),
    ledger: amountSource(state.ledger, t.ledger, t.errors.needLedger),
    unassigned: amountSource(state.unassigned, t.unassigned, null),
    tolerance: readNumber(state.tolerance, t.tolerance, { nonNegative: true }) ?? 0,
    reconciledBy: required(state.by, t.errors.needName),
    at: new Date(),
    locale,
  });

  const fromSelection = (set: (address: string, form: ReconcileForm) => Partial<ReconcileForm>) => () =>
    run(async () => {
      const address = await selection.selectedAddress();
      dispatch({ type: "edit", form: (form) => set(address, form) });
    });

  return {
    state,
    edit: (form: Partial<ReconcileForm>) => dispatch({ type: "edit", form }),
    confirm: (confirmed: boolean) => dispatch({ type: "confirm", confirmed }),
    reconcile: () =>
      run(async () => {
        const outcome = await workbook.reconcile(request());
        const { status, variance } = outcome.figures;
        dispatch({ type: "reconciled", outcome, announcement: t.reconciled(words.statusWords[status], formatMoney(variance, locale), outcome.blockAddress) });
      }),
    allocate: (confirmedVariance: number) =>
      run(async () => {
        const outcome = await workbook.allocate(request(), confirmedVariance);
        const inserted = outcome.inserted ? ` ${t.insertedColumn(outcome.inserted.column, outcome.inserted.movedTo)}` : "";
        dispatch({ type: "reconciled", outcome, announcement: `${t.allocated(outcome.adjustedAddress)}${inserted} ${t.blockAt(outcome.blockName, outcome.blockAddress)}` });
      }),
    findColumn: () => run(async () => dispatch({ type: "found", address: await workbook.findNetProfit(), keepTyped: false })),
    rangeFromSelection: fromSelection((range) => ({ range })),
    ledgerFromSelection: fromSelection((cell, { ledger }) => ({ ledger: { ...ledger, mode: "cell", cell } })),
    unassignedFromSelection: fromSelection((cell, { unassigned }) => ({ unassigned: { ...unassigned, mode: "cell", cell } })),
  };
}

function required(text: string, message: string): string {
  if (text.trim() === "") throw new Error(message);
  return text.trim();
}

/** The entry as the sheet adapter takes it; `missing` is the message when it must be given, null when it may be blank. */
function amountSource(entry: AmountEntry, label: string, missing: string | null): AmountSource {
  if (entry.mode === "cell" && entry.cell.trim() !== "") return { kind: "cell", address: entry.cell.trim() };
  const value = entry.mode === "amount" ? readNumber(entry.amount, label) : null;
  if (value === null && missing !== null) throw new Error(missing);
  return { kind: "amount", value };
}
