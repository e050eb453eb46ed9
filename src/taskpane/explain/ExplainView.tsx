/**
 * The Explain view (docs/explain.md): how the selected cell's number came about, in the pane's
 * language, from the engine's own trace. Headings and lists, so a screen reader can walk it; the
 * summary line is a polite live region, so a new selection is announced once it is explained.
 * Everything wraps to fit a 320 px pane.
 */
import { Body1, Button, makeStyles, Spinner, Subtitle2, Text, tokens } from "@fluentui/react-components";
import type { ReactNode } from "react";
import { positionText, type Policy } from "../../engine/policy";
import { nameIn } from "../../engine/names";
import type { Change } from "../../engine/explain/whatItTakes";
import type { ReviewRowExplanation } from "../../engine/explain/reviewRowExplain";
import type { TraceStep } from "../../engine/trace";
import type { CallExplanation } from "../../functions/explainCall";
import { displayName } from "../shared/i18n/displayName";
import { makeFormat, type Format } from "../shared/i18n/format";
import type { Locale } from "../../engine/locale";
import { messageText } from "../../engine/messages";
import { Section } from "../shared/Section";
import type { ExplainWorkbook } from "./excel/explainWorkbook";
import { useLocale, useStrings } from "../shared/i18n/LocaleContext";
import type { ExplainedCall, Explained } from "./explainSelection";
import { EXPLAIN_STRINGS, errorCode, type ExplainStrings } from "./explainStrings";
import { useExplain } from "./useExplain";

const useStyles = makeStyles({
  body: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, overflowWrap: "anywhere", minWidth: 0 },
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS },
  formula: { fontFamily: tokens.fontFamilyMonospace, overflowWrap: "anywhere" },
  error: { color: tokens.colorPaletteRedForeground1 },
  nested: {
    borderLeftWidth: tokens.strokeWidthThick,
    borderLeftStyle: "solid",
    borderLeftColor: tokens.colorNeutralStroke2,
    paddingInlineStart: tokens.spacingHorizontalS,
  },
});

export interface ExplainViewProps {
  policy: Policy;
  /** Where the selection is read: the pane's explain port. */
  workbook: ExplainWorkbook;
}

/** What the view needs to word figures and names. */
interface Words {
  t: ExplainStrings;
  f: Format;
  policy: Policy;
  locale: Locale;
}

export function ExplainView({ policy, workbook }: ExplainViewProps) {
  const t = useStrings(EXPLAIN_STRINGS);
  const { locale } = useLocale();
  const styles = useStyles();
  const { state, refresh, following } = useExplain(workbook, policy);
  const words: Words = { t, f: makeFormat(locale), policy, locale };
  const shown = state.status === "done" ? state.explained : state.status === "reading" ? state.last : null;
  return (
    <Section title={t.heading}>
      <Body1>{t.intro}</Body1>
      {!following && <Body1>{t.unsupported}</Body1>}
      <Button onClick={() => void refresh()}>{t.explainSelected}</Button>
      {state.status === "reading" && <Spinner size="tiny" label={t.reading} />}
      {state.status === "failed" && (
        <Text role="alert" className={styles.error}>
          {t.failed(state.message)}
        </Text>
      )}
      <div className={styles.body} aria-busy={state.status === "reading"}>
        {shown ? <ExplainedCell explained={shown} words={words} /> : <Body1>{t.noSelection}</Body1>}
      </div>
    </Section>
  );
}

function ExplainedCell({ explained, words }: { explained: Explained; words: Words }) {
  const { t } = words;
  const styles = useStyles();
  switch (explained.kind) {
    case "other":
      return (
        <Body1 role="status" aria-live="polite">
          {t.notExplainable(explained.address)}
        </Body1>
      );
    case "call":
      return (
        <>
          <Body1 role="status" aria-live="polite" data-testid="explain-summary">
            {t.selected(explained.address)}: <span className={styles.formula}>{explained.formula}</span>
          </Body1>
          <CallView call={explained.call} words={words} level={3} />
          {explained.call.explanation && differs(explained.call.explanation, explained.shown) && (
            <Body1>{t.cellDiffers(String(explained.shown))}</Body1>
          )}
          {explained.call.explanation && <Body1>{t.policy(nameIn(explained.call.explanation.policy.label, explained.call.explanation.policy.name, words.locale), explained.call.explanation.policy.revision)}</Body1>}
        </>
      );
    case "reviewRow":
      return <ReviewRowView explained={explained} words={words} />;
  }
}

/** The cell shows something else than the call gives (the call is wrapped in another formula). */
function differs(x: CallExplanation, shown: unknown): boolean {
  if (x.result === null) return false;
  if (typeof x.result === "number" && typeof shown === "number") return Math.abs(x.result - shown) > 1e-9 * Math.max(1, Math.abs(shown));
  return x.result !== (shown ?? "");
}

function Heading({ level, children }: { level: number; children: ReactNode }) {
  return <Subtitle2 as={level === 3 ? "h3" : "h4"}>{children}</Subtitle2>;
}

function CallView({ call, words, level }: { call: ExplainedCall; words: Words; level: number }) {
  const { t } = words;
  const styles = useStyles();
  const x = call.explanation;
  const inputs = x?.steps.filter((s) => s.kind === "input") ?? [];
  return (
    <>
      <Heading level={level}>{t.inputs}</Heading>
      <ul className={styles.list} aria-label={`TELE.${call.id}: ${t.inputs}`}>
        {call.args.map((arg, i) => {
          const step = inputs[i];
          const param = step?.kind === "input" ? step.param : `${i + 1}`;
          let shown: ReactNode;
          if (arg.unread) shown = t.unread(arg.text);
          else if (arg.error !== null) shown = t.argumentError(arg.text, arg.error);
          else if (arg.nestedCall) shown = t.nestedCall(arg.text, resultText(arg.nestedCall.explanation, words));
          else if (step?.kind === "input") shown = inputText(step, words);
          else shown = arg.text === "" ? t.reading_.blank("", "") : arg.text;
          return (
            <li key={i}>
              {t.input(param, arg.address, "")}
              {shown}
              {arg.nestedCall && (
                <div className={styles.nested}>
                  <CallView call={arg.nestedCall} words={words} level={4} />
                </div>
              )}
            </li>
          );
        })}
      </ul>
      {x && <CallResult x={x} words={words} level={level} />}
    </>
  );
}

function inputText(step: Extract<TraceStep, { kind: "input" }>, { t, f }: Words): string {
  if (step.reading === "range") return t.range(step.cells ?? 0, step.blanks ?? 0);
  const value = typeof step.value === "number" ? f.number(step.value) : String(step.value ?? "");
  return t.reading_[step.reading](String(step.raw ?? ""), value);
}

function resultText(x: CallExplanation | null, { t, f }: Words): string {
  if (!x) return "?";
  if (x.error) return errorCode(x.error.kind);
  if (x.result === "" || x.result === null) return t.blankResult;
  return typeof x.result === "number" ? f.number(x.result) : x.result;
}

function CallResult({ x, words, level }: { x: CallExplanation; words: Words; level: number }) {
  const { t } = words;
  const styles = useStyles();
  const steps = x.steps.filter((s) => s.kind !== "input" && s.kind !== "error");
  return (
    <>
      {steps.length > 0 && (
        <>
          <Heading level={level}>{t.steps}</Heading>
          <StepList steps={steps} words={words} />
        </>
      )}
      <Heading level={level}>{x.error ? t.errorHeading(errorCode(x.error.kind)) : t.result}</Heading>
      {x.error ? (
        <div role="alert" className={styles.error}>
          <Body1 block>{t.errorLead[x.error.kind]}</Body1>
          <Body1 block data-testid="explain-error">
            {x.error.texts[words.locale]}
          </Body1>
        </div>
      ) : (
        <ul className={styles.list}>
          <li data-testid="explain-value">{x.result === "" ? t.blankResult : t.value(resultText(x, words))}</li>
          {x.grading.map((s, i) => (
            <li key={i}>{stepText(s, words)}</li>
          ))}
        </ul>
      )}
      <WhatItTakes items={x.whatItTakes.map((w) => ({ name: w.param, change: w.change }))} words={words} level={level} topBand={x.grading.length > 0} />
    </>
  );
}

function StepList({ steps, words }: { steps: TraceStep[]; words: Words }) {
  const styles = useStyles();
  return (
    <ol className={styles.list}>
      {steps.map((s, i) => (
        <li key={i}>{stepText(s, words)}</li>
      ))}
    </ol>
  );
}

/** A dimension's or metric's name in the pane's language; "total" for the total's weights. */
function nameOf(key: string, { policy, locale, t }: Words): string {
  if (key === "total") return t.totalScope;
  const dimension = policy.dimensions.find((d) => d.key === key);
  if (dimension) return displayName(dimension, locale);
  const metric = policy.dimensions.flatMap((d) => d.metrics).find((m) => m.key === key);
  return metric ? displayName(metric, locale) : key;
}

function stepText(s: TraceStep, words: Words): ReactNode {
  const { t, f } = words;
  const n = f.number;
  switch (s.kind) {
    case "input":
      return inputText(s, words);
    case "baseline":
      return t.baseline(nameOf(s.metric, words), positionText(words.policy.baselines, s.position, words.locale), n(s.base), s.month === null ? null : String(s.month), s.seasonal === null ? null : n(s.seasonal), n(s.value));
    case "presence":
      return s.evaluated ? t.presence(n(s.workdays), n(s.leaveDays), f.percent(s.value)) : `${t.presence(n(s.workdays), n(s.leaveDays), f.percent(s.value))}. ${t.notEvaluated(f.percent(s.value), f.percent(s.minPresence))}`;
    case "proration":
      return t.proration(n(s.target), f.percent(s.presence), n(s.value));
    case "attainment":
      return s.direction === "lower" ? t.attainmentLower(n(s.actual), n(s.target), n(s.value)) : t.attainment(n(s.actual), n(s.target), n(s.value));
    case "points":
      if (s.attainment < s.floor) return t.pointsBelowFloor(n(s.attainment), n(s.floor));
      return s.attainment > s.cap ? t.pointsCapped(n(s.attainment), n(s.cap), n(s.value)) : t.points(n(s.attainment), n(s.value));
    case "quarterSums":
      return t.quarterSums(n(s.sumActual), n(s.sumTarget), s.months, s.skipped);
    case "qualityBlend":
      return t.qualityBlend(n(s.weight), n(s.base), n(s.quality), n(s.value));
    case "rating":
      return t.rating(n(s.rating), n(s.scaleMax), n(s.value));
    case "csat":
      return s.method === "top2" ? t.csatTop2(s.top, s.count, n(s.scaleMax - 1), n(s.scaleMax), n(s.value)) : t.csatMean(n(s.mean), n(s.scaleMax), n(s.value));
    case "netProfit":
      return t.netProfit(n(s.revenue), n(s.deductions), n(s.value));
    case "weights":
      return <WeightsText step={s} words={words} />;
    case "rounding":
      return t.rounding(n(s.value), n(s.rounded));
    case "band":
      return s.min === null ? t.lowestBand(n(s.score), s.grade) : t.band(n(s.score), n(s.min), s.grade);
    case "blank":
      return t.blank[s.reason];
    case "error":
      return s.texts[words.locale];
  }
}

/** "calls: 40 % × 85", then for each blank item where its weight went, then the mean. */
function WeightsText({ step, words }: { step: Extract<TraceStep, { kind: "weights" }>; words: Words }) {
  const { t, f } = words;
  const styles = useStyles();
  const present = step.items.filter((i) => i.points !== null);
  const to = present.map((i) => nameOf(i.key, words)).join(t.listSeparator);
  return (
    <>
      <div>{t.weightsOf(nameOf(step.scope, words))}</div>
      <ul className={styles.list}>
        {step.items.map((i) => (
          <li key={i.key}>{i.points === null ? t.reweighted(nameOf(i.key, words), f.number(i.weight), to) : t.weightItem(nameOf(i.key, words), f.number(i.weight), f.number(i.points))}</li>
        ))}
      </ul>
      <div>{step.value === null ? t.allBlank : t.weightsResult(f.number(step.value))}</div>
    </>
  );
}

function WhatItTakes({ items, words, level, topBand }: { items: { name: string; change: Change }[]; words: Words; level: number; topBand: boolean }) {
  const { t, f } = words;
  const styles = useStyles();
  if (items.length === 0) return topBand ? <Body1>{t.topBand}</Body1> : null;
  const grade = items[0].change.grade;
  return (
    <>
      <Heading level={level}>{t.whatItTakes(grade)}</Heading>
      <ul className={styles.list} data-testid="explain-what-it-takes">
        {items.map(({ name, change }) => (
          <li key={name}>
            {change.reachable
              ? t.change(name, `${change.to >= change.from ? "+" : "−"}${f.number(Math.abs(change.to - change.from))}`, f.number(change.to), change.grade)
              : t.cannotReach(name, change.grade)}
          </li>
        ))}
      </ul>
    </>
  );
}

function ReviewRowView({ explained, words }: { explained: Extract<Explained, { kind: "reviewRow" }>; words: Words }) {
  const { t, f } = words;
  const styles = useStyles();
  const x: ReviewRowExplanation = explained.explanation;
  const period = explained.record.period;
  const agrees = explained.shownTotal === null ? x.value === null : x.value !== null && Math.abs(x.value - explained.shownTotal) <= 1e-9 * Math.max(1, Math.abs(x.value));
  const summary = (
    <Body1 role="status" aria-live="polite" data-testid="explain-summary">
      {t.selected(explained.address)}: {t.rep(explained.rep, period)}
    </Body1>
  );
  // Its cells show #N/A, not figures: there is nothing to recompute, only the reason to give.
  if (explained.sourceMoved) {
    return (
      <>
        {summary}
        <Body1 role="alert">{messageText(words.locale, "sourceMoved", {})}</Body1>
      </>
    );
  }
  return (
    <>
      {summary}
      {x.metrics.map((m) => (
        <div key={m.key}>
          <Heading level={3}>{t.metricHeading(nameOf(m.key, words))}</Heading>
          <StepList steps={m.steps} words={words} />
        </div>
      ))}
      <Heading level={3}>{t.total}</Heading>
      <StepList steps={[...x.dimensions, ...x.total]} words={words} />
      <Heading level={3}>{t.result}</Heading>
      <ul className={styles.list}>
        <li data-testid="explain-value">{x.value === null ? t.blankResult : t.value(f.number(x.value))}</li>
        {x.grading.map((s, i) => (
          <li key={i}>{stepText(s, words)}</li>
        ))}
        <li>{t.sheetTotal(explained.shownTotal === null ? "—" : f.number(explained.shownTotal), x.value === null ? "—" : f.number(x.value))}</li>
      </ul>
      {!agrees && <Body1 role="alert">{t.sheetDiffers(explained.record.policy.revision)}</Body1>}
      <WhatItTakes items={x.whatItTakes.map((w) => ({ name: nameOf(w.metric, words), change: w.change }))} words={words} level={3} topBand={x.value !== null} />
      <Body1>{t.policy(nameIn(x.policy.label, x.policy.name, words.locale), x.policy.revision)}</Body1>
    </>
  );
}
