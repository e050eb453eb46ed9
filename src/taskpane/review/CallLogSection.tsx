/**
 * Importing a dialer's per-call log: choose it like any source (and, if wanted, check how its
 * columns are read and set how the log is read: unit, date form, answered words, pseudo-agents,
 * duplicates), then Import. TeleScore adds it up per agent per month into a new rep-data table
 * (importCallLog); the pane says where, for which months, which log rows were left out and what
 * the reading rules did, and hands the new table to the review as its source.
 */
import { Button, makeStyles, Text, tokens } from "@fluentui/react-components";
import { useMemo, useState } from "react";
import { aggregateCallLog, answerValues, talkDurationUnit } from "../../engine/review/callLog";
import { DEFAULT_CALL_LOG_RULES } from "../../engine/review/callLogRules";
import { defaultPolicy } from "../../engine/policy";
import { usePolicy } from "../policy/usePolicy";
import { CallLogFindings, callLogFindings, CallLogRules } from "./CallLogRules";
import { CallLogFile } from "./csvFile/CallLogFile";
import type { CallLogImport } from "./excel/callLogImport";
import { useFormat, useLocale, useStrings } from "../shared/i18n/LocaleContext";
import { errorText } from "./errorText";
import { MappingStep } from "./MappingStep";
import { missingText } from "./MappingTable";
import { REVIEW_STRINGS } from "./reviewViewStrings";
import type { ReviewWorkbook } from "./reviewWorkbook";
import { RunProgress } from "./RunProgress";
import { ShortList } from "./ShortList";
import { useCancellableRun } from "./useCancellableRun";
import { useNotices } from "./useNotices";
import { CALL_LOG_FIELD_SET, sourceRef, useSourceMapping } from "./useSourceMapping";

const useStyles = makeStyles({
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  result: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  error: { color: tokens.colorPaletteRedForeground1 },
});

export interface CallLogSectionProps {
  workbook: ReviewWorkbook;
  tables: readonly string[];
  onRefreshTables: () => Promise<void>;
  /** Called with the import's result once the new table exists. */
  onImported: (result: CallLogImport) => void;
}

export function CallLogSection({ workbook, tables, onRefreshTables, onImported }: CallLogSectionProps) {
  const t = useStrings(REVIEW_STRINGS);
  const { locale } = useLocale();
  const format = useFormat();
  const styles = useStyles();
  const notices = useNotices();
  const log = useSourceMapping(workbook, CALL_LOG_FIELD_SET, notices);
  const runner = useCancellableRun();
  const [result, setResult] = useState<CallLogImport | null>(null);
  const running = runner.progress !== null;
  const policy = usePolicy() ?? defaultPolicy();
  const rules = log.rules ?? DEFAULT_CALL_LOG_RULES;
  // What the rules make of the rows already read, before importing (the same engine call the import makes).
  const preview = useMemo(() => {
    if (!log.source || !log.mapping || log.mapping.missing.length > 0) return null;
    const { report } = aggregateCallLog(log.source, log.mapping, policy, rules);
    const customer = log.mapping.columns.customer;
    return {
      report,
      automaticUnit: talkDurationUnit(log.source, log.mapping, { talkUnit: null }),
      answers: answerValues(log.source, log.mapping, rules.answeredValues),
      findings: callLogFindings(report, customer === undefined ? null : log.mapping.headers[customer].header, t, format),
      units: report.talkUnit && log.mapping.columns.talkDuration !== undefined ? { [log.mapping.columns.talkDuration]: report.talkUnit } : {},
    };
  }, [log.source, log.mapping, policy, rules, t, format]);

  const importLog = async () => {
    setResult(null);
    try {
      if (log.mapping && log.mapping.missing.length > 0) throw new Error(t.needMapping(missingText(log.mapping.missing, CALL_LOG_FIELD_SET.fields, locale, t)));
      // Once the headers are read, the import reads that same block with the choices shown.
      const source = log.source ? log.source.ref : sourceRef(log.choice, t);
      const mapping = log.source ? log.choices : undefined;
      const readRules = log.source ? rules : undefined;
      notices.say(t.importing);
      const run = await runner.run((signal, onProgress) => workbook.importCallLog({ source, mapping, rules: readRules, locale, onProgress, signal }));
      if (run.cancelled) {
        notices.say(t.cancelled);
        return;
      }
      setResult(run.value);
      notices.say(t.importNext(run.value.tableName));
      onImported(run.value);
    } catch (error) {
      notices.fail(errorText(error, t));
    }
  };

  return (
    <>
      <Text>{t.callLogIntro}</Text>
      <MappingStep
        legend={t.callLogSource}
        state={log}
        tables={tables}
        onRefreshTables={onRefreshTables}
        notices={notices}
        disabled={running}
        units={preview?.units}
      />
      {preview && (
        <>
          <CallLogRules
            rules={rules}
            onChange={log.setRules}
            report={preview.report}
            automaticUnit={preview.automaticUnit}
            answers={preview.answers}
            disabled={running || log.busy}
            t={t}
            format={format}
          />
          <CallLogFindings lines={preview.findings} />
        </>
      )}
      <div className={styles.actions}>
        <Button appearance="primary" disabled={running || log.busy} onClick={() => void importLog()}>
          {running ? t.importing : t.importLog}
        </Button>
      </div>
      {runner.progress && <RunProgress progress={runner.progress} onCancel={runner.cancel} />}
      <div aria-live="polite">{result && <ImportResult result={result} />}</div>
      <CallLogFile workbook={workbook} onImported={onImported} notices={notices} />
      <div role="status">{notices.status}</div>
      <div role="alert" className={styles.error}>
        {notices.error}
      </div>
    </>
  );
}

function customerHeader(result: CallLogImport): string | null {
  const column = result.mapping.columns.customer;
  return column === undefined ? null : result.mapping.headers[column].header;
}

function ImportResult({ result }: { result: CallLogImport }) {
  const t = useStrings(REVIEW_STRINGS);
  const format = useFormat();
  const styles = useStyles();
  return (
    <div className={styles.result}>
      <Text>{t.imported(result.sheetName, result.tableName)}</Text>
      {result.sheetName !== result.requestedName && <Text>{t.importedNameTaken(result.requestedName)}</Text>}
      <Text>{t.importedRows(format.number(result.rows))}</Text>
      <Text>{t.importedMonths(result.months.join(t.listSeparator))}</Text>
      <CallLogFindings lines={callLogFindings(result.report, customerHeader(result), t, format)} />
      {result.problems.length === 0 ? (
        <Text>{t.importNoProblems}</Text>
      ) : (
        <ShortList
          heading={t.importProblemsHeading(format.number(result.problems.length))}
          items={result.problems.map((p) => t.rowProblem(String(p.row), p.error.text(t.lang)))}
          more={(n) => t.moreOnSheet(format.number(n))}
        />
      )}
    </div>
  );
}
