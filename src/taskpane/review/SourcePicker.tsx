/**
 * Where the data is: one of the workbook's tables (from a list), the range selected in the sheet,
 * or a typed address. Used for the review's rep-period data and for a call log alike.
 */
import { Button, Field, Input, makeStyles, Radio, RadioGroup, Select, Text, tokens } from "@fluentui/react-components";
import { useStrings } from "../shared/i18n/LocaleContext";
import { REVIEW_STRINGS } from "./reviewViewStrings";
import type { SourceChoice } from "./useSourceMapping";

const useStyles = makeStyles({
  row: { display: "flex", alignItems: "flex-end", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  grow: { flexGrow: 1, minWidth: "10em" },
});

export interface SourcePickerProps {
  /** Names the radio group: "Where is the data?" or "Where is the call log?". */
  legend: string;
  choice: SourceChoice;
  onChange: (choice: SourceChoice) => void;
  tables: readonly string[];
  onRefreshTables: () => void;
  disabled: boolean;
}

export function SourcePicker({ legend, choice, onChange, tables, onRefreshTables, disabled }: SourcePickerProps) {
  const t = useStrings(REVIEW_STRINGS);
  const styles = useStyles();
  // A table chosen before the list was refreshed stays listed, so the select never shows another one.
  const names = choice.table !== "" && !tables.includes(choice.table) ? [choice.table, ...tables] : tables;
  return (
    <>
      <Field label={legend}>
        <RadioGroup value={choice.kind} disabled={disabled} onChange={(_, data) => onChange({ ...choice, kind: data.value as SourceChoice["kind"] })}>
          <Radio value="table" label={t.sourceTable} />
          <Radio value="selection" label={t.sourceSelection} />
          <Radio value="range" label={t.sourceAddress} />
        </RadioGroup>
      </Field>
      {choice.kind === "table" && (
        <div className={styles.row}>
          <Field className={styles.grow} label={t.tableLabel} hint={names.length === 0 ? t.noTables : undefined}>
            <Select value={choice.table} disabled={disabled} onChange={(_, data) => onChange({ ...choice, table: data.value })}>
              <option value="" disabled>
                {t.chooseTable}
              </option>
              {names.map((name) => (
                <option key={name} value={name}>
                  {name}
                </option>
              ))}
            </Select>
          </Field>
          <Button disabled={disabled} onClick={onRefreshTables}>
            {t.refreshTables}
          </Button>
        </div>
      )}
      {choice.kind === "range" && (
        <Field label={t.addressLabel} hint={t.addressHint}>
          <Input value={choice.address} disabled={disabled} spellCheck={false} autoComplete="off" onChange={(_, data) => onChange({ ...choice, address: data.value })} />
        </Field>
      )}
      {choice.kind === "selection" && <Text>{t.selectionHint}</Text>}
    </>
  );
}
