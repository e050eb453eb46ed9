/**
 * The Reconcile view (issue 5): pick the per-rep net profit, the ledger total and the unassigned
 * amount, see Σ reps, unassigned, ledger, variance and status to the cent, and, when the variance
 * is a rounding residue the user confirms, allocate it into an adjusted column. Every run writes
 * the reconciliation block on the sheet (reconcileSheet.ts). Results and errors are announced.
 */
import { Button, Checkbox, Field, Input, makeStyles, Radio, RadioGroup, Text, tokens, useId } from "@fluentui/react-components";
import { CheckmarkCircle20Filled, ErrorCircle20Filled, Warning20Filled } from "@fluentui/react-icons";
import { useEffect, useState } from "react";
import { readNumber } from "../../engine/input";
import type { ReconcileStatus } from "../../engine/money";
import { excelReconcileWorkbook, ExcelUnavailableError, type AmountSource, type ReconcileOutcome, type ReconcileRequest, type ReconcileWorkbook } from "./excel/reconcileSheet";
import { languageTag, type Locale } from "../shared/i18n/locale";
import { formatMoney } from "../shared/moneyText";
import { RECONCILE_STRINGS, type EntryLabels, type ReconcileStrings } from "./reconcileStrings";
import { Section } from "../shared/Section";

const useStyles = makeStyles({
  form: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  row: { display: "flex", alignItems: "flex-end", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  grow: { flexGrow: 1, minWidth: "10em" },
  table: { borderCollapse: "collapse", width: "100%" },
  caption: { textAlign: "start", fontWeight: tokens.fontWeightSemibold, paddingBottom: tokens.spacingVerticalXS },
  label: { textAlign: "start", fontWeight: tokens.fontWeightRegular, padding: `${tokens.spacingVerticalXXS} 0` },
  figure: { textAlign: "end", fontVariantNumeric: "tabular-nums", whiteSpace: "nowrap" },
  status: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalXS },
  balanced: { color: tokens.colorPaletteGreenForeground1 },
  within_tolerance: { color: tokens.colorPaletteMarigoldForeground1 },
  over: { color: tokens.colorPaletteRedForeground1 },
  under: { color: tokens.colorPaletteRedForeground1 },
  error: { color: tokens.colorPaletteRedForeground1 },
});

const STATUS_ICON: Record<ReconcileStatus, typeof CheckmarkCircle20Filled> = {
  balanced: CheckmarkCircle20Filled,
  within_tolerance: Warning20Filled,
  over: ErrorCircle20Filled,
  under: ErrorCircle20Filled,
};

export interface ReconcileViewProps {
  locale: Locale;
  /** Where the figures are read and written; Excel's workbook by default. */
  workbook?: ReconcileWorkbook;
}

/** What the user typed for an amount that may come from a cell. */
interface AmountEntry {
  mode: "amount" | "cell";
  amount: string;
  cell: string;
}

const NO_ENTRY: AmountEntry = { mode: "amount", amount: "", cell: "" };

export function ReconcileView({ locale, workbook = excelReconcileWorkbook }: ReconcileViewProps) {
  const t = RECONCILE_STRINGS[locale];
  const styles = useStyles();
  const [range, setRange] = useState("");
  /** The Net profit column found on the sheet; null when a search found none. */
  const [found, setFound] = useState<string | null>();
  const [ledger, setLedger] = useState<AmountEntry>(NO_ENTRY);
  const [unassigned, setUnassigned] = useState<AmountEntry>(NO_ENTRY);
  const [tolerance, setTolerance] = useState("0.00");
  const [by, setBy] = useState("");
  const [outcome, setOutcome] = useState<ReconcileOutcome | null>(null);
  const [confirmed, setConfirmed] = useState(false);
  const [busy, setBusy] = useState(false);
  const [announcement, setAnnouncement] = useState("");
  const [error, setError] = useState("");

  // The review sheet's Net profit column is the default, when the active sheet has one.
  useEffect(() => {
    let live = true;
    workbook
      .findNetProfit()
      .then((address) => {
        if (live && address) {
          setRange((typed) => typed || address);
          setFound(address);
        }
      })
      .catch(() => undefined); // outside Office: the user types the range
    return () => {
      live = false;
    };
  }, [workbook]);

  const run = async (action: () => Promise<void>) => {
    setBusy(true);
    setError("");
    try {
      await action();
    } catch (e) {
      setAnnouncement("");
      setError(e instanceof ExcelUnavailableError ? t.errors.noExcel : e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };

  const request = (): ReconcileRequest => ({
    netProfit: required(range, t.errors.needRange),
    ledger: amountSource(ledger, t.ledger, t.errors.needLedger),
    unassigned: amountSource(unassigned, t.unassigned, null),
    tolerance: readNumber(tolerance, t.tolerance, { nonNegative: true }) ?? 0,
    reconciledBy: required(by, t.errors.needName),
    at: new Date(),
    locale,
  });

  const reconcile = () =>
    run(async () => {
      const result = await workbook.reconcile(request());
      setOutcome(result);
      setConfirmed(false);
      const { status, variance } = result.figures;
      setAnnouncement(t.reconciled(t.status[status], formatMoney(variance, locale), result.blockAddress));
    });

  const allocate = (confirmedVariance: number) =>
    run(async () => {
      const result = await workbook.allocate(request(), confirmedVariance);
      setOutcome(result);
      setConfirmed(false);
      const inserted = result.inserted ? ` ${t.insertedColumn(result.inserted.column, result.inserted.movedTo)}` : "";
      setAnnouncement(`${t.allocated(result.adjustedAddress)}${inserted}`);
    });

  const findColumn = () =>
    run(async () => {
      const address = await workbook.findNetProfit();
      if (address) setRange(address);
      setFound(address);
    });

  const fromSelection = (set: (address: string) => void) => () => run(async () => set(await workbook.selectedAddress()));

  const figures = outcome?.figures;
  return (
    <Section title={t.heading}>
      <Text>{t.intro}</Text>
      {/* noValidate: the pane's own messages, announced below, rather than the browser's bubbles */}
      <form
        className={styles.form}
        lang={languageTag(locale)}
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void reconcile();
        }}
      >
        <div className={styles.row}>
          <Field className={styles.grow} label={t.netProfitRange} hint={found ? t.foundColumn(found) : found === null ? t.columnNotFound : t.netProfitHint}>
            <Input value={range} onChange={(_, d) => setRange(d.value)} spellCheck={false} autoComplete="off" />
          </Field>
          <Button disabled={busy} onClick={fromSelection(setRange)}>
            {t.useSelection}
          </Button>
          <Button disabled={busy} onClick={findColumn}>
            {t.findColumn}
          </Button>
        </div>
        <AmountField label={t.ledger} entryLabels={t.ledgerEntry} t={t} entry={ledger} onChange={setLedger} busy={busy} onSelection={fromSelection((cell) => setLedger((e) => ({ ...e, mode: "cell", cell })))} />
        <AmountField label={t.unassigned} entryLabels={t.unassignedEntry} t={t} entry={unassigned} onChange={setUnassigned} busy={busy} onSelection={fromSelection((cell) => setUnassigned((e) => ({ ...e, mode: "cell", cell })))} />
        <Field label={t.tolerance} hint={t.toleranceHint}>
          <Input
            value={tolerance}
            inputMode="decimal"
            onChange={(_, d) => {
              setTolerance(d.value);
              setConfirmed(false); // the confirmation is of a variance against this tolerance
            }}
          />
        </Field>
        <Field label={t.reconciledBy} required>
          <Input value={by} onChange={(_, d) => setBy(d.value)} autoComplete="name" />
        </Field>
        <div className={styles.row}>
          <Button type="submit" appearance="primary" disabled={busy}>
            {busy ? t.working : t.reconcile}
          </Button>
        </div>
      </form>

      {figures && (
        <>
          <table className={styles.table}>
            <caption className={styles.caption}>{t.figuresCaption}</caption>
            <tbody>
              {(
                [
                  [t.sumReps, figures.sumReps],
                  [t.unassignedFigure, figures.unassigned],
                  [t.ledgerFigure, figures.ledger],
                  [t.variance, figures.variance],
                  [t.toleranceFigure, figures.tolerance],
                ] as const
              ).map(([label, amount]) => (
                <tr key={label}>
                  <th scope="row" className={styles.label}>
                    {label}
                  </th>
                  <td className={styles.figure}>{formatMoney(amount, locale)}</td>
                </tr>
              ))}
              <tr>
                <th scope="row" className={styles.label}>
                  {t.statusLabel}
                </th>
                <td className={styles.figure}>
                  <StatusText status={figures.status} t={t} className={styles[figures.status]} statusClass={styles.status} />
                </td>
              </tr>
            </tbody>
          </table>
          <Text>{figures.status === "within_tolerance" && !figures.canAllocate ? t.zeroSumReps : t.statusHelp[figures.status]}</Text>
          {figures.status === "within_tolerance" && (
            <div className={styles.form}>
              <Checkbox checked={confirmed} disabled={!figures.canAllocate || busy} onChange={(_, d) => setConfirmed(d.checked === true)} label={t.confirmResidue} />
              <div className={styles.row}>
                <Button disabled={!figures.canAllocate || !confirmed || busy} onClick={() => allocate(figures.variance)}>
                  {t.allocate}
                </Button>
                <Text size={200}>{t.allocateHint}</Text>
              </div>
            </div>
          )}
        </>
      )}

      <div role="status" aria-live="polite">
        {announcement}
      </div>
      <div role="alert" className={styles.error}>
        {error}
      </div>
    </Section>
  );
}

/** Status in colour with an icon, and always in words: colour is never the only signal. */
function StatusText({ status, t, className, statusClass }: { status: ReconcileStatus; t: ReconcileStrings; className: string; statusClass: string }) {
  const Icon = STATUS_ICON[status];
  return (
    <span className={`${statusClass} ${className}`}>
      <Icon aria-hidden="true" />
      <Text weight="semibold" className={className}>
        {t.status[status]}
      </Text>
    </span>
  );
}

interface AmountFieldProps {
  label: string;
  entryLabels: EntryLabels;
  t: ReconcileStrings;
  entry: AmountEntry;
  onChange: (entry: AmountEntry) => void;
  onSelection: () => void;
  busy: boolean;
}

/** An amount typed in, or read from a cell (typed as an address, or the selection). */
function AmountField({ label, entryLabels, t, entry, onChange, onSelection, busy }: AmountFieldProps) {
  const styles = useStyles();
  const labelId = useId("amount-label");
  const byCell = entry.mode === "cell";
  return (
    <div>
      <Text id={labelId} weight="semibold">
        {label}
      </Text>
      <RadioGroup layout="horizontal" value={entry.mode} aria-labelledby={labelId} onChange={(_, d) => onChange({ ...entry, mode: d.value === "cell" ? "cell" : "amount" })}>
        <Radio value="amount" label={t.byAmount} />
        <Radio value="cell" label={t.byCell} />
      </RadioGroup>
      <div className={styles.row}>
        <Field className={styles.grow} label={byCell ? entryLabels.cell : entryLabels.amount}>
          <Input
            value={byCell ? entry.cell : entry.amount}
            inputMode={byCell ? "text" : "decimal"}
            spellCheck={false}
            onChange={(_, d) => onChange(byCell ? { ...entry, cell: d.value } : { ...entry, amount: d.value })}
          />
        </Field>
        {byCell && (
          <Button disabled={busy} onClick={onSelection}>
            {t.useSelection}
          </Button>
        )}
      </div>
    </div>
  );
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
