/**
 * Importing a call log from a CSV file too big for a sheet (docs/review.md, "Importing a CSV
 * file"): pick the file, check how its headers are read (the same mapping table as for a sheet),
 * read it in a worker with a progress bar and Cancel, check what the reading rules made of it (the
 * same rules and findings), then write the rep-month table with the sheet import's own writer.
 */
import { Button, Field, makeStyles, ProgressBar, Text, tokens, useId } from "@fluentui/react-components";
import { useMemo, useRef, useState } from "react";
import { defaultPolicy } from "../../../engine/policy";
import { CALL_LOG_FIELDS, mapCallLogHeaders, type CallLogField } from "../../../engine/review/callLog";
import { DEFAULT_CALL_LOG_RULES, type CallLogRules as Rules } from "../../../engine/review/callLogRules";
import { useFormat, useLocale, useStrings } from "../../shared/i18n/LocaleContext";
import { usePolicy } from "../../policy/usePolicy";
import { CallLogFindings, callLogFindings, CallLogRules } from "../CallLogRules";
import { errorText } from "../errorText";
import type { CallLogImport } from "../excel/callLogImport";
import type { ReviewWorkbook } from "../reviewWorkbook";
import { MappingTable } from "../MappingTable";
import { REVIEW_STRINGS } from "../reviewViewStrings";
import type { Notices } from "../useNotices";
import { toScoreError, type FileAggregate, type FileRequest, type RunFile } from "./callLogFileCore";
import { CALL_LOG_FILE_STRINGS } from "./callLogFileStrings";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  input: { maxWidth: "100%" },
});

/** The worker, loaded only when a file is read (its module holds the bundler's worker URL). */
const inWorker: RunFile = (request, onProgress, signal) => import("./workerFiles").then((m) => m.runInWorker(request, onProgress, signal));

export interface CallLogFileProps {
  workbook: ReviewWorkbook;
  onImported: (result: CallLogImport) => void;
  /** The section's status and alert lines, shared with the sheet import above. */
  notices: Notices;
  /** Where the file is read; a worker by default (tests run the same work on their thread). */
  runFile?: RunFile;
}

const MB = 1024 * 1024;

export function CallLogFile({ workbook, onImported, notices, runFile = inWorker }: CallLogFileProps) {
  const styles = useStyles();
  const t = useStrings(REVIEW_STRINGS);
  const s = useStrings(CALL_LOG_FILE_STRINGS);
  const { locale } = useLocale();
  const format = useFormat();
  const inputId = useId("call-log-file");
  const policy = usePolicy() ?? defaultPolicy();
  const [file, setFile] = useState<File | null>(null);
  const [headers, setHeaders] = useState<string[] | null>(null);
  const [overrides, setOverrides] = useState<Record<number, CallLogField | null>>({});
  const [rules, setRules] = useState<Rules>(DEFAULT_CALL_LOG_RULES);
  const [read, setRead] = useState<FileAggregate | null>(null);
  /** The columns or rules changed since the file was read: what is shown is the last read's, to be read again. */
  const [stale, setStale] = useState(false);
  const [progress, setProgress] = useState<{ label: string; value: number | undefined } | null>(null);
  const controller = useRef<AbortController | null>(null);
  const mapping = useMemo(() => (headers ? mapCallLogHeaders(headers, overrides) : null), [headers, overrides]);
  const busy = progress !== null;

  /** One task with the progress bar and Cancel; a cancelled task says so and leaves everything as it was. */
  const task = async <T,>(label: string, work: (signal: AbortSignal, onProgress: (label: string, value: number) => void) => Promise<T>): Promise<T | null> => {
    const own = new AbortController();
    controller.current = own;
    setProgress({ label, value: undefined });
    try {
      return await work(own.signal, (text, value) => setProgress({ label: text, value }));
    } catch (error) {
      if (own.signal.aborted) notices.say(t.cancelled);
      else notices.fail(errorText(error, t));
      return null;
    } finally {
      controller.current = null;
      setProgress(null);
    }
  };

  const bytes = (signal: AbortSignal, onProgress: (label: string, value: number) => void) => (request: FileRequest) =>
    runFile(request, (done, total) => onProgress(s.reading(format.percent(total > 0 ? done / total : 1), format.number(Math.round(done / MB)), format.number(Math.round(total / MB))), total > 0 ? done / total : 1), signal);

  const choose = async (chosen: File | null) => {
    setFile(chosen);
    setHeaders(null);
    setOverrides({});
    setRead(null);
    setStale(false);
    if (!chosen) return;
    const result = await task(s.readingHeaders, (signal, onProgress) => bytes(signal, onProgress)({ kind: "headers", file: chosen }));
    if (result?.kind !== "headers") return;
    if (result.headers.length === 0) notices.fail(s.noHeaders);
    else setHeaders(result.headers);
  };

  const markStale = () => {
    if (read && !stale) notices.say(s.readAgain);
    setStale(read !== null);
  };

  const readFile = async (withRules: Rules) => {
    if (!file) return;
    const request: FileRequest = { kind: "aggregate", file, overrides, rules: withRules, policy: { ratingScale: policy.ratingScale, csatMethod: policy.csatMethod } };
    const result = await task(s.reading(format.percent(0), "0", format.number(Math.round(file.size / MB))), (signal, onProgress) => bytes(signal, onProgress)(request));
    if (result?.kind !== "done") return;
    setRead(result.aggregate);
    setStale(false);
    notices.say(s.readDone(format.number(result.aggregate.rows), format.number(result.aggregate.agents.length)));
  };

  const write = async () => {
    if (!read) return;
    const aggregate = { ...read, problems: read.problems.map((p) => ({ row: p.row, error: toScoreError(p.error) })) };
    const result = await task(s.writeTable, (signal, onProgress) =>
      workbook.writeCallLogTable(aggregate, { locale, signal, onProgress: (done, total) => onProgress(s.writing(format.number(done), format.number(total)), total > 0 ? done / total : 0) }),
    );
    if (!result) return;
    notices.say(`${t.imported(result.sheetName, result.tableName)} ${t.importNext(result.tableName)}`);
    onImported(result);
  };

  const changeRules = (next: Rules) => {
    setRules(next);
    markStale();
  };

  const customer = read?.mapping.columns.customer;
  return (
    <div className={styles.root} role="group" aria-labelledby={`${inputId}-heading`}>
      <Text id={`${inputId}-heading`} weight="semibold">
        {s.heading}
      </Text>
      <Text>{s.intro}</Text>
      <Field label={s.fileLabel} hint={s.fileHint}>
        {(props) => (
          <input
            {...props}
            className={styles.input}
            type="file"
            accept=".csv,.tsv,.txt,text/csv,text/tab-separated-values"
            disabled={busy}
            onChange={(e) => void choose(e.target.files?.[0] ?? null)}
          />
        )}
      </Field>
      {mapping && (
        <MappingTable
          fields={CALL_LOG_FIELDS}
          mapping={mapping}
          overrides={overrides}
          disabled={busy}
          onChoose={(index, field) => {
            setOverrides((o) => ({ ...o, [index]: field }));
            markStale();
          }}
        />
      )}
      {mapping && (
        <div className={styles.actions}>
          <Button appearance={read && !stale ? "secondary" : "primary"} disabled={busy || mapping.missing.length > 0} onClick={() => void readFile(rules)}>
            {s.readFile}
          </Button>
        </div>
      )}
      {progress && (
        <>
          <Field label={progress.label}>
            <ProgressBar value={progress.value} max={1} aria-label={progress.label} />
          </Field>
          <div className={styles.actions}>
            <Button onClick={() => controller.current?.abort(new Error("cancelled"))}>{t.cancel}</Button>
          </div>
        </>
      )}
      {read && (
        <>
          <CallLogRules rules={rules} onChange={changeRules} report={read.report} automaticUnit={read.automaticUnit} answers={read.answers} disabled={busy} t={t} format={format} />
          <CallLogFindings lines={callLogFindings(read.report, customer === undefined ? null : read.mapping.headers[customer].header, t, format)} />
          {read.problems.length > 0 && <Text>{s.problems(format.number(read.problems.length))}</Text>}
          <div className={styles.actions}>
            <Button appearance="primary" disabled={busy || stale} onClick={() => void write()}>
              {s.writeTable}
            </Button>
          </div>
        </>
      )}
    </div>
  );
}
