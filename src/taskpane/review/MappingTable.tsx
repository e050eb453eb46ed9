/**
 * The header mapping as the user checks it: one row per column of the source, with the field it is
 * read as (a select to correct it) and, under it, how that was decided, in words: an exact or a
 * contained synonym, the user's choice, not matched, or competing with another column for one
 * field; for a duration, the unit it is read in and why, so a wrong guess shows before anything is
 * generated. Above it, what still needs the user: the required fields no column gives, and the
 * ambiguous fields.
 */
import { Caption1, makeStyles, MessageBar, MessageBarBody, Select, Text, tokens, useId } from "@fluentui/react-components";
import type { ColumnUnit } from "../../engine/review/duration";
import type { FieldDef } from "../../engine/review/fields";
import type { HeaderMapping, HeaderMatch } from "../../engine/review/headerMapping";
import type { Locale } from "../../engine/locale";
import { DataTable } from "../shared/DataTable";
import { useLocale, useStrings } from "../shared/i18n/LocaleContext";
import { REVIEW_STRINGS, type ReviewStrings } from "./reviewViewStrings";

const useStyles = makeStyles({
  // The select and, under it, how it was decided: two columns are all a 320 px pane holds. The
  // select takes its column's width, not its longest option's (docs/workbench.md, "A 320 px pane").
  field: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS, minWidth: 0, "& .fui-Select": { width: "100%", minWidth: 0 } },
  // Exports' headers run long without a space (Call_Record_Identifier): they break anywhere rather than widen the table.
  header: { overflowWrap: "anywhere" },
});

export interface MappingTableProps<K extends string> {
  fields: readonly FieldDef<K>[];
  mapping: HeaderMapping<K>;
  /** The user's choices, to tell "not used" chosen from "not matched". */
  overrides: Readonly<Record<number, K | null>>;
  disabled: boolean;
  onChoose: (index: number, field: K | null) => void;
  /** The unit each duration column is read in, by column index. */
  units?: Readonly<Record<number, ColumnUnit>>;
}

/** The words for the required fields no column gives: "Rep ID or Name, Position". */
export function missingText<K extends string>(missing: readonly (readonly K[])[], fields: readonly FieldDef<K>[], locale: Locale, t: ReviewStrings): string {
  const label = (key: K) => fields.find((f) => f.key === key)?.label[locale] ?? key;
  return missing.map((group) => group.map(label).join(t.or)).join(t.listSeparator);
}

export function MappingTable<K extends string>({ fields, mapping, overrides, disabled, onChoose, units = {} }: MappingTableProps<K>) {
  const t = useStrings(REVIEW_STRINGS);
  const { locale } = useLocale();
  const styles = useStyles();
  const howId = useId("mapping-how");
  const label = (key: K) => fields.find((f) => f.key === key)?.label[locale] ?? key;
  const shown = (index: number) => mapping.headers[index].header.trim() || t.blankHeader(String(index + 1));
  const quoted = (index: number) => (mapping.headers[index].header.trim() ? `“${shown(index)}”` : shown(index));
  const list = (indexes: number[]) => indexes.map(quoted).join(t.listSeparator);

  /**
   * The part of the header that matched, as the header writes it ("Month", "CSAT"): the field
   * list's own spelling of a synonym is in English or Chinese whatever the pane's language.
   */
  const asWritten = (header: string, synonym: string): string => {
    const at = header.toLowerCase().indexOf(synonym.toLowerCase());
    return at < 0 ? synonym : header.slice(at, at + synonym.length);
  };

  const how = (h: HeaderMatch<K>): string => {
    const unit = units[h.index];
    const decided = decision(h);
    return unit ? t.withUnit(decided, t.unitNote[unit.source](t.unitNames[unit.unit])) : decided;
  };

  const decision = (h: HeaderMatch<K>): string => {
    const ambiguity = mapping.ambiguous.find((a) => a.indexes.includes(h.index));
    if (ambiguity) return h.used ? t.ambiguousUsed(list(ambiguity.indexes.filter((i) => i !== h.index))) : t.ambiguousUnused(quoted(ambiguity.chosen));
    if (h.field !== null && !h.used) return t.steppedAside(quoted(mapping.columns[h.field] as number));
    if (h.match !== null) return t.match[h.match](asWritten(h.header, h.synonym ?? ""));
    return h.index in overrides ? t.notUsedChosen : t.unmatched;
  };

  return (
    <>
      {mapping.missing.length > 0 && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{t.missingSummary(missingText(mapping.missing, fields, locale, t))}</MessageBarBody>
        </MessageBar>
      )}
      {mapping.ambiguous.map((a) => (
        <MessageBar key={a.field} intent="warning" layout="multiline">
          <MessageBarBody>{t.ambiguousSummary(label(a.field), list(a.indexes), quoted(a.chosen))}</MessageBarBody>
        </MessageBar>
      ))}
      {mapping.missing.length === 0 && mapping.ambiguous.length === 0 && <Text>{t.mappingComplete}</Text>}
      <DataTable
        caption={t.mappingCaption}
        columns={[{ header: t.headerColumn, width: "40%" }, { header: t.fieldColumn }]}
        rows={mapping.headers.map((h) => ({
          key: String(h.index),
          cells: [
            <span key="header" className={styles.header}>
              {shown(h.index)}
            </span>,
            <div key="field" className={styles.field}>
              <Select
                aria-label={t.fieldFor(shown(h.index))}
                aria-describedby={`${howId}-${h.index}`}
                disabled={disabled}
                value={h.field ?? ""}
                onChange={(_, data) => onChoose(h.index, data.value === "" ? null : (data.value as K))}
              >
                <option value="">{t.notUsed}</option>
                {fields.map((f) => (
                  <option key={f.key} value={f.key}>
                    {f.label[locale]}
                  </option>
                ))}
              </Select>
              <Caption1 id={`${howId}-${h.index}`}>{how(h)}</Caption1>
            </div>,
          ],
        }))}
      />
    </>
  );
}
