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
import { languageTag, type Locale } from "./shared/i18n/locale";
import type { Strings } from "./shared/i18n/strings";
import type { PolicyRepository } from "./policy/policyRepository";
import { usePolicy } from "./policy/usePolicy";

/** What every view is given. */
interface ViewContext {
  policy: Policy;
  /** Absent outside a workbook that can store a policy: the policy is then shown read-only. */
  repository: PolicyRepository | undefined;
  locale: Locale;
}

interface View {
  value: string;
  label: (t: Strings) => string;
  render: (context: ViewContext) => ReactNode;
}

// Loaded the first time their tab is chosen: the first view needs neither (docs/benchmarks.md).
const ReviewView = lazyNamed(() => import(/* webpackChunkName: "review" */ "./review/ReviewView").then((m) => m.ReviewView));
const ReconcileView = lazyNamed(() => import(/* webpackChunkName: "reconcile" */ "./reconcile/ReconcileView").then((m) => m.ReconcileView));
const ExplainView = lazyNamed(() => import(/* webpackChunkName: "explain" */ "./explain/ExplainView").then((m) => m.ExplainView));

/** The pane's views, in tab order. */
const VIEWS: readonly View[] = [
  { value: "policy", label: (t) => t.tabPolicy, render: ({ policy, repository }) => (repository ? <PolicyPage saved={policy} repository={repository} /> : <PolicyView policy={policy} />) },
  { value: "review", label: (t) => t.tabReview, render: ({ locale }) => <ReviewView locale={locale} /> },
  { value: "reconcile", label: (t) => t.tabReconcile, render: ({ locale }) => <ReconcileView locale={locale} /> },
  { value: "explain", label: (t) => t.tabExplain, render: ({ locale, policy }) => <ExplainView locale={locale} policy={policy} /> },
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
  /** Where the policy is saved; without one the policy can be read but not edited. */
  repository?: PolicyRepository;
}

export function App({ displayLanguage, storage, repository }: AppProps) {
  return (
    <LocaleProvider displayLanguage={displayLanguage} storage={storage}>
      <Pane repository={repository} />
    </LocaleProvider>
  );
}

function Pane({ repository }: { repository: PolicyRepository | undefined }) {
  useStaticStyles();
  const styles = useStyles();
  const t = useStrings();
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
          {policy ? <LazyBoundary>{view.render({ policy, repository, locale })}</LazyBoundary> : <Spinner label={t.loading} />}
        </div>
      </main>
    </div>
  );
}
