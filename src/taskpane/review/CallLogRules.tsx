/**
 * How a call log is read, once its headers are read (docs/review.md, "Reading real exports"): the
 * talk-time unit, a compact date form to confirm and the plausible years, what the answered
 * column's words mean, the agent values that are no agent, and whether repeated rows are left out.
 * Under them, what the rules do to this log (CallLogFindings), worked out by the engine on the rows
 * already read, so the user sees before importing what will be left out. Every change is saved in
 * the workbook at once (useSourceMapping's setRules).
 */
import { Caption1, Checkbox, Field, Input, makeStyles, Select, Text, Textarea, tokens } from "@fluentui/react-components";
import { useState } from "react";
import { DURATION_UNITS, type ColumnUnit, type DurationUnit } from "../../engine/review/duration";
import type { AnswerValue, CallLogReport } from "../../engine/review/callLog";
import type { CallLogRules as Rules } from "../../engine/review/callLogRules";
import { compactDate, type DetectedDateForm } from "../../engine/review/period";
import type { Format } from "../shared/i18n/format";
import type { ReviewStrings } from "./reviewViewStrings";

const useStyles = makeStyles({
  rules: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  // Two year inputs side by side when they fit, stacked in a 320 px pane.
  years: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  year: { flexGrow: 1, minWidth: "8rem" },
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalXL },
});

/** How many answered values are offered for a meaning: a column mapped by mistake could hold thousands. */
const VALUES_SHOWN = 30;

export interface CallLogRulesProps {
  rules: Rules;
  onChange: (rules: Rules) => void;
  /** What the rules make of the rows read: the unit, the date form found, and the counts. */
  report: CallLogReport;
  /** The talk-time unit the log would be read in without the user's choice; null without the column. */
  automaticUnit: ColumnUnit | null;
  /** The answered column's values; null without the column. */
  answers: AnswerValue[] | null;
  disabled: boolean;
  t: ReviewStrings;
  format: Format;
}

export function CallLogRules({ rules, onChange, report, automaticUnit, answers, disabled, t, format }: CallLogRulesProps) {
  const styles = useStyles();
  const set = (change: Partial<Rules>) => onChange({ ...rules, ...change });
  const undecided = answers?.filter((a) => a.answered === null).length ?? 0;
  return (
    <div className={styles.rules} role="group" aria-label={t.rulesHeading}>
      <Text weight="semibold">{t.rulesHeading}</Text>
      {report.talkUnit && automaticUnit && (
        <Field label={t.talkUnitLabel} hint={t.unitNote[report.talkUnit.source](t.unitNames[report.talkUnit.unit])}>
          <Select
            disabled={disabled}
            value={rules.talkUnit ?? ""}
            onChange={(_, data) => set({ talkUnit: data.value === "" ? null : (data.value as DurationUnit) })}
          >
            <option value="">{t.unitAutomatic(t.unitNames[automaticUnit.unit])}</option>
            {DURATION_UNITS.map((unit) => (
              <option key={unit} value={unit}>
                {t.unitNames[unit]}
              </option>
            ))}
          </Select>
        </Field>
      )}
      {report.dateForm && (
        <Field hint={t.dateFormHint}>
          <Checkbox
            disabled={disabled}
            checked={rules.dateForm === report.dateForm.form}
            label={dateFormLabel(report.dateForm, t, format)}
            onChange={(_, data) => set({ dateForm: data.checked === true ? report.dateForm!.form : null })}
          />
        </Field>
      )}
      <Years rules={rules} set={set} disabled={disabled} t={t} />
      {answers && answers.length > 0 && (
        <Field label={t.answersHeading} hint={undecided > 0 ? t.answersUndecided(format.number(undecided)) : undefined}>
          <ul className={styles.list}>
            {answers.slice(0, VALUES_SHOWN).map((a) => (
              <li key={a.key}>
                <Select
                  aria-label={t.answerFor(a.value, format.number(a.calls))}
                  disabled={disabled}
                  value={a.answered === null ? "" : a.answered ? "yes" : "no"}
                  onChange={(_, data) => set({ answeredValues: { ...rules.answeredValues, [a.key]: data.value === "yes" } })}
                >
                  {a.answered === null && <option value="">{t.answerChoose}</option>}
                  <option value="yes">{t.answerYes}</option>
                  <option value="no">{t.answerNo}</option>
                </Select>
                <Caption1>{t.answerFor(a.value, format.number(a.calls))}</Caption1>
              </li>
            ))}
          </ul>
        </Field>
      )}
      <Checkbox
        disabled={disabled}
        checked={rules.excludedAgents.includes("")}
        label={t.blankAgentLabel}
        onChange={(_, data) => set({ excludedAgents: data.checked === true ? [...rules.excludedAgents, ""] : rules.excludedAgents.filter((a) => a !== "") })}
      />
      <PseudoAgents rules={rules} set={set} disabled={disabled} t={t} />
      <Checkbox disabled={disabled} checked={rules.dropDuplicates} label={t.dropDuplicatesLabel} onChange={(_, data) => set({ dropDuplicates: data.checked === true })} />
    </div>
  );
}

/** "Read the 11 dates written like 990201 as yymmdd (990201 is 1999-02-01)". */
function dateFormLabel(found: DetectedDateForm, t: ReviewStrings, format: Format): string {
  const date = compactDate(found.example, found.form);
  const shown = date ? `${date.year}-${String(date.month).padStart(2, "0")}-${String(date.day).padStart(2, "0")}` : found.example;
  return t.dateFormLabel(format.number(found.count), found.example, found.form, shown);
}

interface RulesPartProps {
  rules: Rules;
  set: (change: Partial<Rules>) => void;
  disabled: boolean;
  t: ReviewStrings;
}

/** The plausible years; a year is saved when the pair makes sense (first not after last). */
function Years({ rules, set, disabled, t }: RulesPartProps) {
  const styles = useStyles();
  const [typed, setTyped] = useState<{ from: string; to: string } | null>(null);
  const shown = typed ?? { from: String(rules.years.from), to: String(rules.years.to) };
  const commit = () => {
    if (!typed) return;
    const [from, to] = [Number(typed.from), Number(typed.to)];
    if (Number.isInteger(from) && Number.isInteger(to) && from >= 1000 && to <= 9999 && from <= to) set({ years: { from, to } });
    setTyped(null);
  };
  return (
    <Field hint={t.yearsHint}>
      <div className={styles.years}>
        {(["from", "to"] as const).map((end) => (
          <Field key={end} className={styles.year} label={end === "from" ? t.yearFrom : t.yearTo}>
            <Input
              type="number"
              inputMode="numeric"
              disabled={disabled}
              value={shown[end]}
              onChange={(_, data) => setTyped({ ...shown, [end]: data.value })}
              onBlur={commit}
            />
          </Field>
        ))}
      </div>
    </Field>
  );
}

/** The agent values that are no agent, one per line (a blank agent is the checkbox above). */
function PseudoAgents({ rules, set, disabled, t }: RulesPartProps) {
  const named = rules.excludedAgents.filter((a) => a !== "");
  const [typed, setTyped] = useState<string | null>(null);
  const commit = () => {
    if (typed === null) return;
    const values = [...new Set(typed.split(/\r?\n/).map((v) => v.trim()).filter((v) => v !== ""))];
    set({ excludedAgents: [...values, ...(rules.excludedAgents.includes("") ? [""] : [])] });
    setTyped(null);
  };
  return (
    <Field label={t.pseudoAgentsLabel} hint={t.pseudoAgentsHint}>
      <Textarea disabled={disabled} resize="vertical" value={typed ?? named.join("\n")} onChange={(_, data) => setTyped(data.value)} onBlur={commit} />
    </Field>
  );
}

/** What the rules left out or assumed, in sentences: shown before the import and with its result. */
export function callLogFindings(report: CallLogReport, customerHeader: string | null, t: ReviewStrings, format: Format): string[] {
  const lines: string[] = [];
  if (report.talkUnit) lines.push(t.talkUnitLine(t.unitNote[report.talkUnit.source](t.unitNames[report.talkUnit.unit])));
  lines.push(
    report.pseudoAgents.length === 0
      ? t.noPseudo
      : t.pseudoFound(report.pseudoAgents.map((p) => t.pseudoItem(p.agent, format.number(p.calls), p.calls)).join(t.listSeparator)),
  );
  const repeats = report.duplicates.length;
  lines.push(repeats === 0 ? t.noDuplicates : t.duplicatesFound(format.number(repeats), repeats, report.duplicatesDropped));
  if (report.zeroSecondCalls > 0) lines.push(t.zeroSeconds(format.number(report.zeroSecondCalls), report.zeroSecondCalls));
  lines.push(customerHeader !== null ? t.customersFrom(`“${customerHeader}”`) : t.noCustomers);
  return lines;
}

export function CallLogFindings({ lines }: { lines: readonly string[] }) {
  const styles = useStyles();
  return (
    <ul className={styles.list}>
      {lines.map((line, i) => (
        <li key={i}>
          <Text>{line}</Text>
        </li>
      ))}
    </ul>
  );
}
