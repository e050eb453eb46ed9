/**
 * One source and its header mapping, as the user works on them: which data (a table, the selection
 * or an address), its headers once read, and the user's corrections. A correction is saved to the
 * workbook at once (saveChoices), so it applies next time; saves go one after another, so the
 * workbook ends with the last choice. The mapping shown is worked out here from the headers and the
 * corrections, by the engine's own matcher, so flags clear as soon as the user decides.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { CALL_LOG_FIELDS, CALL_LOG_REQUIRED } from "../../engine/review/callLog";
import type { CallLogRules } from "../../engine/review/callLogRules";
import { REQUIRED_FIELDS, TELE_FIELDS, type FieldDef } from "../../engine/review/fields";
import { matchHeaders, overridesToSaved, type HeaderMapping } from "../../engine/review/headerMapping";
import { choicesToOverrides, type FieldOf, type MappingKind, type SavedChoices, type SourceChoice } from "./excel/mappingStorage";
import type { SourceBlock, SourceRef } from "./excel/sourceTable";
import { errorText } from "./errorText";
import type { ReviewWorkbook } from "./reviewWorkbook";
import { useFormat, useStrings } from "../shared/i18n/LocaleContext";
import { REVIEW_STRINGS, type ReviewStrings } from "./reviewViewStrings";
import type { Notices } from "./useNotices";
import type { LoadedSource, SourceMemory } from "./reviewSession";

/** A kind of source with the fields its columns can be read as. */
export interface FieldSet<M extends MappingKind> {
  kind: M;
  fields: readonly FieldDef<FieldOf<M>>[];
  required: readonly (readonly FieldOf<M>[])[];
}

export const REP_PERIOD_FIELDS: FieldSet<"repPeriod"> = { kind: "repPeriod", fields: TELE_FIELDS, required: REQUIRED_FIELDS };
export const CALL_LOG_FIELD_SET: FieldSet<"callLog"> = { kind: "callLog", fields: CALL_LOG_FIELDS, required: CALL_LOG_REQUIRED };

export type { SourceChoice };

export const NO_SOURCE: SourceChoice = { kind: "table", table: "", address: "" };

/** The choice as the adapters take it; throws with the words to show when it is incomplete. */
export function sourceRef(choice: SourceChoice, t: ReviewStrings): SourceRef {
  if (choice.kind === "selection") return { kind: "selection" };
  if (choice.kind === "table") {
    if (choice.table === "") throw new Error(t.chooseTable);
    return { kind: "table", name: choice.table };
  }
  if (choice.address.trim() === "") throw new Error(t.typeAddress);
  return { kind: "range", address: choice.address.trim() };
}

export interface SourceMapping<M extends MappingKind> {
  fieldSet: FieldSet<M>;
  choice: SourceChoice;
  /** A new choice forgets the headers read for the previous one. */
  setChoice(choice: SourceChoice): void;
  /** The source as last read; null until the headers are read. */
  source: SourceBlock | null;
  mapping: HeaderMapping<FieldOf<M>> | null;
  overrides: Readonly<Record<number, FieldOf<M> | null>>;
  /** The user's choices by normalised header, as the adapters take them. */
  choices: SavedChoices<FieldOf<M>>;
  busy: boolean;
  read(): Promise<void>;
  /** Sets a column's field (null: not used) and saves the choices. */
  choose(index: number, field: FieldOf<M> | null): void;
  /** Drops every choice for these headers and saves that. */
  automatic(): void;
  /** A call log's reading rules as saved for this source (null for a rep-period table, or until read). */
  rules: CallLogRules | null;
  /** Replaces a call log's reading rules and saves them. */
  setRules(rules: CallLogRules): void;
}

type Loaded<K extends string> = LoadedSource<K>;

/** `notices` is where the view says what happens; `memory`, where the choice and the source as read are kept between mounts (reviewSession.ts). */
export function useSourceMapping<M extends MappingKind>(workbook: ReviewWorkbook, fieldSet: FieldSet<M>, notices: Notices, memory?: SourceMemory<FieldOf<M>>): SourceMapping<M> {
  const t = useStrings(REVIEW_STRINGS);
  const format = useFormat();
  type K = FieldOf<M>;
  const [choice, setChoiceState] = useState<SourceChoice>(memory?.choice ?? NO_SOURCE);
  const [loaded, setLoaded] = useState<Loaded<K> | null>(memory?.loaded ?? null);
  const [busy, setBusy] = useState(false);
  const saves = useRef<Promise<void>>(Promise.resolve());
  useEffect(() => {
    if (memory) Object.assign(memory, { choice, loaded });
  }, [memory, choice, loaded]);

  const setChoice = useCallback((next: SourceChoice) => {
    setChoiceState(next);
    setLoaded(null);
  }, []);

  const read = async () => {
    setBusy(true);
    notices.say(t.reading);
    try {
      const { source, choices, rules } = await workbook.readMappedSource(sourceRef(choice, t), fieldSet.kind);
      setLoaded({ source, overrides: choicesToOverrides(source.headers, choices), rules });
      notices.say(t.readDone(format.number(source.rows.length), source.address));
    } catch (error) {
      setLoaded(null);
      notices.fail(errorText(error, t));
    } finally {
      setBusy(false);
    }
  };

  /** Saves go one after another, so the workbook ends with the last choice. */
  const queueSave = (source: SourceBlock, write: () => Promise<unknown>) => {
    notices.say(t.saving);
    saves.current = saves.current.then(() =>
      write().then(
        () => notices.say(t.savedChoices(source.tableName ?? source.sheetName)),
        (error: unknown) => notices.fail(errorText(error, t)),
      ),
    );
  };

  const save = (current: Loaded<K>, overrides: Record<number, K | null>) => {
    const { source } = current;
    setLoaded({ ...current, overrides });
    queueSave(source, () => workbook.saveChoices(fieldSet.kind, source.key, source.headers, overrides));
  };

  const mapping = useMemo(
    () => (loaded ? matchHeaders(fieldSet.fields, fieldSet.required, loaded.source.headers, loaded.overrides) : null),
    [loaded, fieldSet],
  );
  const choices = useMemo(() => (loaded ? overridesToSaved(loaded.source.headers, loaded.overrides) : {}), [loaded]);

  return {
    fieldSet,
    choice,
    setChoice,
    source: loaded?.source ?? null,
    mapping,
    overrides: loaded?.overrides ?? {},
    choices,
    busy,
    read,
    choose: (index, field) => {
      if (loaded) save(loaded, { ...loaded.overrides, [index]: field });
    },
    automatic: () => {
      if (loaded) save(loaded, {});
    },
    rules: loaded?.rules ?? null,
    setRules: (rules) => {
      if (!loaded) return;
      setLoaded({ ...loaded, rules });
      queueSave(loaded.source, () => workbook.saveCallLogRules(loaded.source.key, rules));
    },
  };
}
