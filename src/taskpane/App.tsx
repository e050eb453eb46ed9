/** The task pane: a header with the language switch, then the policy (or a spinner until it is loaded). */
import { Body1, makeStaticStyles, makeStyles, Spinner, Title3, tokens } from "@fluentui/react-components";
import { PolicyView } from "./components/PolicyView";
import { LanguageSwitch } from "./components/LanguageSwitch";
import { LocaleProvider, useLocale, useStrings } from "./i18n/LocaleContext";
import { languageTag } from "./i18n/locale";
import { usePolicy } from "./usePolicy";

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
});

export interface AppProps {
  /** Office's display language, e.g. "zh-CN". */
  displayLanguage: string | null | undefined;
  /** Where the language choice is remembered; the browser's localStorage by default. */
  storage?: Storage | null;
}

export function App({ displayLanguage, storage }: AppProps) {
  return (
    <LocaleProvider displayLanguage={displayLanguage} storage={storage}>
      <Pane />
    </LocaleProvider>
  );
}

function Pane() {
  useStaticStyles();
  const styles = useStyles();
  const t = useStrings();
  const { locale } = useLocale();
  const policy = usePolicy();
  return (
    <div className={styles.root} lang={languageTag(locale)}>
      <header className={styles.header}>
        <div className={styles.title}>
          <Title3 as="h1">{t.appTitle}</Title3>
          <Body1>{t.appSubtitle}</Body1>
        </div>
        <LanguageSwitch />
      </header>
      <main>{policy ? <PolicyView policy={policy} /> : <Spinner label={t.loading} />}</main>
    </div>
  );
}
