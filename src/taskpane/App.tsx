/**
 * The task pane: a header with the language switch, then one tab per view (or a spinner until
 * the policy is loaded). A view is one line in VIEWS.
 */
import { Body1, makeStaticStyles, makeStyles, Spinner, Tab, TabList, Title3, tokens, useId } from "@fluentui/react-components";
import { useState, type ReactNode } from "react";
import type { Policy } from "../engine/policy";
import { PolicyPage } from "./policy/editor/PolicyPage";
import { PolicyView } from "./policy/PolicyView";
import { LanguageSwitch } from "./shared/LanguageSwitch";
import { LazyBoundary, lazyNamed } from "./shared/LazyBoundary";
import { LocaleProvider, useLocale, useStrings } from "./shared/i18n/LocaleContext";
import { languageTag } from "./shared/i18n/locale";
import type { PanePorts } from "./ports";
import { usePolicy } from "./policy/usePolicy";
import { SHARED_STRINGS, type SharedStrings } from "./shared/i18n/sharedStrings";

/** What every view is given. */
interface ViewContext {
  policy: Policy;
  ports: PanePorts;
}

interface View {
  value: string;
  label: (t: SharedStrings) => string;
  render: (context: ViewContext) => ReactNode;
}

// Loaded the first time their tab is chosen: the first view needs neither (docs/benchmarks.md).
const ReviewView = lazyNamed(() => import(/* webpackChunkName: "review" */ "./review/ReviewView").then((m) => m.ReviewView));
const ReconcileView = lazyNamed(() => import(/* webpackChunkName: "reconcile" */ "./reconcile/ReconcileView").then((m) => m.ReconcileView));
const ExplainView = lazyNamed(() => import(/* webpackChunkName: "explain" */ "./explain/ExplainView").then((m) => m.ExplainView));

/** The pane's views, in tab order. */
const VIEWS: readonly View[] = [
  { value: "policy", label: (t) => t.tabPolicy, render: ({ policy, ports }) => (ports.workbook ? <PolicyPage saved={policy} repository={ports.policy} /> : <PolicyView policy={policy} />) },
  { value: "review", label: (t) => t.tabReview, render: ({ ports }) => <ReviewView workbook={ports.review} /> },
  { value: "reconcile", label: (t) => t.tabReconcile, render: ({ ports }) => <ReconcileView workbook={ports.reconcile} selection={ports.selection} /> },
  { value: "explain", label: (t) => t.tabExplain, render: ({ policy, ports }) => <ExplainView policy={policy} workbook={ports.explain} /> },
];

// The pane is the whole page: the browser's default body margin would waste 16 of 320 px.
const useStaticStyles = makeStaticStyles({ body: { margin: 0 } });

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalL,
    padding: tokens.spacingHorizontalM,
    minWidth: 0,
  },
  header: { display: "flex", flexWrap: "wrap", alignItems: "center", justifyContent: "space-between", gap: tokens.spacingHorizontalS },
  title: { display: "flex", flexDirection: "column" },
  // Four tabs are wider than a 320 px pane in some languages: they wrap rather than scroll.
  tabs: { flexWrap: "wrap" },
});

export interface AppProps {
  /** Office's display language, e.g. "zh-CN". */
  displayLanguage: string | null | undefined;
  /** Where the language choice is remembered; the browser's localStorage by default. */
  storage?: Storage | null;
  /** What the views ask of the workbook (ports.ts), built once at mount. */
  ports: PanePorts;
}

export function App({ displayLanguage, storage, ports }: AppProps) {
  return (
    <LocaleProvider displayLanguage={displayLanguage} storage={storage}>
      <Pane ports={ports} />
    </LocaleProvider>
  );
}

function Pane({ ports }: { ports: PanePorts }) {
  useStaticStyles();
  const styles = useStyles();
  const t = useStrings(SHARED_STRINGS);
  const { locale } = useLocale();
  const policy = usePolicy();
  const tabsId = useId("view");
  const [selected, setSelected] = useState(VIEWS[0]!.value);
  const view = VIEWS.find((v) => v.value === selected) ?? VIEWS[0]!;
  return (
    <div className={styles.root} lang={languageTag(locale)}>
      <header className={styles.header}>
        <div className={styles.title}>
          <Title3 as="h1">{t.appTitle}</Title3>
          <Body1>{t.appSubtitle}</Body1>
        </div>
        <LanguageSwitch />
      </header>
      <TabList className={styles.tabs} aria-label={t.views} selectedValue={view.value} onTabSelect={(_, data) => setSelected(String(data.value))}>
        {VIEWS.map((v) => (
          <Tab key={v.value} value={v.value} id={`${tabsId}-${v.value}`} aria-controls={`${tabsId}-panel`}>
            {v.label(t)}
          </Tab>
        ))}
      </TabList>
      <main>
        <div id={`${tabsId}-panel`} role="tabpanel" aria-labelledby={`${tabsId}-${view.value}`}>
          {policy ? <LazyBoundary>{view.render({ policy, ports })}</LazyBoundary> : <Spinner label={t.loading} />}
        </div>
      </main>
    </div>
  );
}
