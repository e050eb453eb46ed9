/**
 * The Review view's tests' workbook: a few named sources, the user's mapping choices kept by
 * normalised header (as mappingStorage keeps them, so a choice saved comes back on the next read),
 * and every call recorded. Generating and importing wait until the test settles them, so a test can
 * drive the progress callback in between; aborting the signal rejects with its reason, as the
 * adapters do. The real mapping rules come from the engine; the view is what is under test.
 */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { render, screen, within } from "@testing-library/react";
import userEvent, { PointerEventsCheckLevel, type UserEvent } from "@testing-library/user-event";
import type { CellValue } from "../../../src/engine/input";
import { mapCallLogHeaders } from "../../../src/engine/review/callLog";
import { DEFAULT_CALL_LOG_RULES, type CallLogRules } from "../../../src/engine/review/callLogRules";
import { mapHeaders, overridesToSaved } from "../../../src/engine/review/headerMapping";
import type { CallLogAggregate, CallLogImport, ImportCallLogOptions, WriteCallLogOptions } from "../../../src/taskpane/review/excel/callLogImport";
import { choicesToOverrides, type FieldOf, type LastReview, type MappedSource, type MappingKind, type SavedChoices } from "../../../src/taskpane/review/excel/mappingStorage";
import type { GenerateReviewOptions, ReviewOutcome } from "../../../src/taskpane/review/excel/reviewSheet";
import type { SourceBlock, SourceRef } from "../../../src/taskpane/review/excel/sourceTable";
import type { GenerateScorecardsOptions, ReviewChoice, ScorecardOutcome } from "../../../src/taskpane/review/scorecard/excel/scorecardSheet";
import { ReviewView } from "../../../src/taskpane/review/ReviewView";
import type { ReviewWorkbook } from "../../../src/taskpane/review/reviewWorkbook";
import { LocaleProvider } from "../../../src/taskpane/shared/i18n/LocaleContext";
import type { Locale } from "../../../src/engine/locale";

/** A promise the test settles. */
export interface Pending<T, O> {
  options: O;
  resolve(value: T): void;
  reject(error: unknown): void;
}

function pending<T, O extends { signal?: AbortSignal }>(options: O, into: Pending<T, O>[]): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    into.push({ options, resolve, reject });
    options.signal?.addEventListener("abort", () => reject(options.signal?.reason));
  });
}

/** A table of data as sourceTable reads it, header row at row 1. */
export function tableBlock(name: string, sheetName: string, headers: string[], rows: CellValue[][]): SourceBlock {
  return {
    ref: { kind: "table", name },
    address: `${sheetName}!A1:${String.fromCharCode(64 + headers.length)}${rows.length + 1}`,
    sheetName,
    firstColumn: 0,
    tableName: name,
    key: `table:${name}`,
    numberFormats: headers.map(() => "General"),
    headers,
    rows,
    firstRow: 2,
  };
}

const refKey = (ref: SourceRef): string => (ref.kind === "table" ? `table:${ref.name}` : ref.kind === "range" ? `range:${ref.address}` : "selection");

export class FakeReviewWorkbook implements ReviewWorkbook {
  listed = 0;
  readonly reads: { ref: SourceRef; kind: MappingKind }[] = [];
  readonly saves: { kind: MappingKind; sourceKey: string; headers: readonly string[]; overrides: Readonly<Record<number, string | null>> }[] = [];
  readonly generated: Pending<ReviewOutcome, GenerateReviewOptions>[] = [];
  readonly imported: Pending<CallLogImport, ImportCallLogOptions>[] = [];
  /** Aggregates handed to the writer (a CSV file's), with their options. */
  readonly written: Pending<CallLogImport, WriteCallLogOptions & { aggregate: CallLogAggregate }>[] = [];
  /** What the next read rejects with, if anything. */
  readFails: unknown = null;
  private readonly sources = new Map<string, SourceBlock>();
  private readonly choices = new Map<string, SavedChoices<string>>();
  /** Call-log rules by source key, as saved. */
  readonly rules = new Map<string, CallLogRules>();

  constructor(
    public tables: string[],
    blocks: { ref: SourceRef; block: SourceBlock }[],
  ) {
    for (const { ref, block } of blocks) this.sources.set(refKey(ref), block);
  }

  /** The Review tab's choices as saved in the workbook. */
  last: LastReview | null = null;

  loadLastReview = async (): Promise<LastReview | null> => this.last;

  saveLastReview = async (last: LastReview): Promise<void> => {
    this.last = last;
  };

  listTables = async (): Promise<string[]> => {
    this.listed++;
    return [...this.tables];
  };

  async readMappedSource<M extends MappingKind>(ref: SourceRef, kind: M): Promise<MappedSource<FieldOf<M>>> {
    this.reads.push({ ref, kind });
    if (this.readFails !== null) throw this.readFails;
    const source = this.sources.get(refKey(ref));
    if (!source) throw new Error(`the fake has no source ${refKey(ref)}`);
    const choices = (this.choices.get(`${kind}:${source.key}`) ?? {}) as SavedChoices<FieldOf<M>>;
    const overrides = choicesToOverrides(source.headers, choices);
    const mapping = kind === "repPeriod" ? mapHeaders(source.headers, overrides as never) : mapCallLogHeaders(source.headers, overrides as never);
    const rules = kind === "callLog" ? (this.rules.get(source.key) ?? DEFAULT_CALL_LOG_RULES) : null;
    return { source, choices, rules, mapping: mapping as MappedSource<FieldOf<M>>["mapping"] };
  }

  async saveChoices<M extends MappingKind>(kind: M, sourceKey: string, headers: readonly string[], overrides: Readonly<Record<number, FieldOf<M> | null>>): Promise<SavedChoices<FieldOf<M>>> {
    this.saves.push({ kind, sourceKey, headers, overrides });
    const saved = overridesToSaved(headers, overrides);
    this.choices.set(`${kind}:${sourceKey}`, saved);
    return saved;
  }

  async saveCallLogRules(sourceKey: string, rules: CallLogRules): Promise<void> {
    this.rules.set(sourceKey, rules);
  }

  generateReview = (options: GenerateReviewOptions): Promise<ReviewOutcome> => pending(options, this.generated);

  importCallLog = (options: ImportCallLogOptions): Promise<CallLogImport> => pending(options, this.imported);

  writeCallLogTable = (aggregate: CallLogAggregate, options: WriteCallLogOptions): Promise<CallLogImport> => pending({ ...options, aggregate }, this.written);

  /** The review sheets the Scorecards section lists. */
  reviews: ReviewChoice[] = [];
  readonly scorecards: Pending<ScorecardOutcome, GenerateScorecardsOptions>[] = [];

  listReviewSheets = async (): Promise<ReviewChoice[]> => [...this.reviews];

  generateScorecards = (options: GenerateScorecardsOptions): Promise<ScorecardOutcome> => pending(options, this.scorecards);
}

/**
 * user-event without pauses and without the pointer-events check, which reads the computed style
 * of every ancestor on each click (most of a test's time under Fluent's style rules).
 */
export function fastUser(): UserEvent {
  return userEvent.setup({ delay: null, pointerEventsCheck: PointerEventsCheckLevel.Never });
}

export function renderReview(workbook: ReviewWorkbook, locale: Locale = "en") {
  return render(
    <FluentProvider theme={webLightTheme}>
      <LocaleProvider displayLanguage={locale} storage={null}>
        <ReviewView workbook={workbook} />
      </LocaleProvider>
    </FluentProvider>,
  );
}

/** Picks a table in the source picker labelled `label`, once the list has arrived. */
export async function chooseTable(user: UserEvent, label: string, name: string, scope: HTMLElement = document.body): Promise<void> {
  await within(scope).findByRole("option", { name });
  await user.selectOptions(within(scope).getByRole("combobox", { name: label }), name);
}

/** The mapping table's body rows as [header, field shown in its select, how: the select's description]. */
export function mappingRows(caption: string): string[][] {
  const table = screen.getByRole("table", { name: caption });
  return within(table)
    .getAllByRole("row")
    .slice(1)
    .map((row) => {
      const header = row.querySelector("th")!;
      const select = row.querySelector("select")!;
      const how = document.getElementById(select.getAttribute("aria-describedby")!);
      return [header.textContent ?? "", select.selectedOptions[0]?.textContent ?? "", how?.textContent ?? ""];
    });
}
