/**
 * The Reconcile view: pick the per-rep net profit, the ledger total and the unassigned
 * amount, see Σ reps, unassigned, ledger, variance and status to the cent, and, when the variance
 * is a rounding residue the user confirms, allocate it into an adjusted column. Every run writes
 * the reconciliation block on the sheet (reconcileSheet.ts). Results and errors are announced; the
 * state and the actions are useReconcile's (docs/finance.md says what the figures mean).
 */
import { Button, Checkbox, Field, Input, makeStyles, Radio, RadioGroup, Text, tokens, useId } from "@fluentui/react-components";
import { CheckmarkCircle20Filled, ErrorCircle20Filled, Warning20Filled } from "@fluentui/react-icons";
import type { ReconcileStatus } from "../../engine/money";
import { useLocale, useStrings } from "../shared/i18n/LocaleContext";
import { languageTag } from "../shared/i18n/locale";
import { formatMoney } from "../shared/moneyText";
import { Section } from "../shared/Section";
import type { SelectionPort } from "../shared/selectionPort";
import { RECONCILE_SHEET_STRINGS } from "./excel/reconcileSheetStrings";
import { RECONCILE_STRINGS, type EntryLabels } from "./reconcileStrings";
import type { ReconcileWorkbook } from "./reconcileWorkbook";
import { useReconcile, type AmountEntry } from "./useReconcile";

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
  /** Where the figures are read and written (the reconcile port, ports.ts). */
  workbook: ReconcileWorkbook;
  selection: SelectionPort;
}

export function ReconcileView({ workbook, selection }: ReconcileViewProps) {
  const t = useStrings(RECONCILE_STRINGS);
  const words = useStrings(RECONCILE_SHEET_STRINGS);
  const { locale } = useLocale();
  const styles = useStyles();
  const view = useReconcile(workbook, selection);
  const { range, found, ledger, unassigned, tolerance, by, outcome, confirmed, busy, announcement, error } = view.state;

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
          void view.reconcile();
        }}
      >
        <div className={styles.row}>
          <Field className={styles.grow} label={t.netProfitRange} hint={found ? t.foundColumn(found) : found === null ? t.columnNotFound : t.netProfitHint}>
            <Input value={range} onChange={(_, d) => view.edit({ range: d.value })} spellCheck={false} autoComplete="off" />
          </Field>
          <Button disabled={busy} onClick={view.rangeFromSelection}>
            {t.useSelection}
          </Button>
          <Button disabled={busy} onClick={view.findColumn}>
            {t.findColumn}
          </Button>
        </div>
        <AmountField label={t.ledger} entryLabels={t.ledgerEntry} entry={ledger} onChange={(entry) => view.edit({ ledger: entry })} busy={busy} onSelection={view.ledgerFromSelection} />
        <AmountField label={t.unassigned} entryLabels={t.unassignedEntry} entry={unassigned} onChange={(entry) => view.edit({ unassigned: entry })} busy={busy} onSelection={view.unassignedFromSelection} />
        <Field label={t.tolerance} hint={t.toleranceHint}>
          <Input
            value={tolerance}
            inputMode="decimal"
            onChange={(_, d) => view.edit({ tolerance: d.value })}
          />
        </Field>
        <Field label={t.reconciledBy} required>
          <Input value={by} onChange={(_, d) => view.edit({ by: d.value })} autoComplete="name" />
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
                  <StatusText status={figures.status} words={words.statusWords} className={styles[figures.status]} statusClass={styles.status} />
                </td>
              </tr>
            </tbody>
          </table>
          <Text>{figures.status === "within_tolerance" && !figures.canAllocate ? t.zeroSumReps : t.statusHelp[figures.status]}</Text>
          {figures.status === "within_tolerance" && (
            <div className={styles.form}>
              <Checkbox checked={confirmed} disabled={!figures.canAllocate || busy} onChange={(_, d) => view.confirm(d.checked === true)} label={t.confirmResidue} />
              <div className={styles.row}>
                <Button disabled={!figures.canAllocate || !confirmed || busy} onClick={() => void view.allocate(figures.variance)}>
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
function StatusText({ status, words, className, statusClass }: { status: ReconcileStatus; words: Record<ReconcileStatus, string>; className: string; statusClass: string }) {
  const Icon = STATUS_ICON[status];
  return (
    <span className={`${statusClass} ${className}`}>
      <Icon aria-hidden="true" />
      <Text weight="semibold" className={className}>
        {words[status]}
      </Text>
    </span>
  );
}

interface AmountFieldProps {
  label: string;
  entryLabels: EntryLabels;
  entry: AmountEntry;
  onChange: (entry: AmountEntry) => void;
  onSelection: () => void;
  busy: boolean;
}

/** An amount typed in, or read from a cell (typed as an address, or the selection). */
function AmountField({ label, entryLabels, entry, onChange, onSelection, busy }: AmountFieldProps) {
  const t = useStrings(RECONCILE_STRINGS);
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

