/**
 * Choosing a source and checking how its columns are read: the source picker, "Read headers", and
 * then the mapping table with its flags and a way back to the automatic matching.
 */
import { Button, makeStyles, tokens } from "@fluentui/react-components";
import type { ColumnUnit } from "../../engine/review/duration";
import type { MappingKind } from "./excel/mappingStorage";
import { errorText } from "./errorText";
import { MappingTable } from "./MappingTable";
import { useStrings } from "../shared/i18n/LocaleContext";
import { REVIEW_STRINGS } from "./reviewViewStrings";
import { SourcePicker } from "./SourcePicker";
import type { Notices } from "./useNotices";
import type { SourceMapping } from "./useSourceMapping";

const useStyles = makeStyles({
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, alignItems: "center" },
});

export interface MappingStepProps<M extends MappingKind> {
  legend: string;
  state: SourceMapping<M>;
  tables: readonly string[];
  /** Reads the workbook's table names again. */
  onRefreshTables: () => Promise<void>;
  /** Where this part of the view says what went wrong. */
  notices: Notices;
  /** True while another task of the view runs. */
  disabled: boolean;
  /** The unit each duration column is read in, by column index, shown beside its field. */
  units?: Readonly<Record<number, ColumnUnit>>;
}

export function MappingStep<M extends MappingKind>({ legend, state, tables, onRefreshTables, notices, disabled, units }: MappingStepProps<M>) {
  const t = useStrings(REVIEW_STRINGS);
  const styles = useStyles();
  const busy = disabled || state.busy;
  const refresh = () => void onRefreshTables().catch((error: unknown) => notices.fail(errorText(error, t)));
  return (
    <>
      <SourcePicker legend={legend} choice={state.choice} onChange={state.setChoice} tables={tables} onRefreshTables={refresh} disabled={busy} />
      <div className={styles.actions}>
        <Button disabled={busy} onClick={() => void state.read()}>
          {state.busy ? t.reading : t.readHeaders}
        </Button>
        {state.mapping && (
          <Button disabled={busy} onClick={state.automatic}>
            {t.automatic}
          </Button>
        )}
      </div>
      {state.mapping && (
        <MappingTable
          fields={state.fieldSet.fields}
          mapping={state.mapping}
          overrides={state.overrides}
          disabled={busy}
          onChoose={state.choose}
          units={units}
        />
      )}
    </>
  );
}
