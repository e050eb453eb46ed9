/**
 * Lets the user override Office's language. Radio buttons: both choices stay visible at 320 px,
 * and the keyboard works as everywhere else (Tab to the group, arrow keys to change).
 */
import { Label, makeStyles, Radio, RadioGroup, tokens, useId } from "@fluentui/react-components";
import { LocalLanguage20Regular } from "@fluentui/react-icons";
import { useLocale, useStrings } from "./i18n/LocaleContext";
import { isLocale, languageTag, LOCALE_NAMES } from "./i18n/locale";
import { LOCALES } from "../../engine/locale";
import { SHARED_STRINGS } from "./i18n/sharedStrings";

const useStyles = makeStyles({
  root: { display: "flex", alignItems: "center", flexWrap: "wrap", columnGap: tokens.spacingHorizontalXS },
});

export function LanguageSwitch() {
  const styles = useStyles();
  const t = useStrings(SHARED_STRINGS);
  const { locale, setLocale } = useLocale();
  const labelId = useId("language-label");
  return (
    <div className={styles.root}>
      <LocalLanguage20Regular aria-hidden="true" />
      <Label id={labelId}>{t.language}</Label>
      <RadioGroup
        layout="horizontal"
        aria-labelledby={labelId}
        value={locale}
        onChange={(_, data) => {
          if (isLocale(data.value)) setLocale(data.value);
        }}
      >
        {LOCALES.map((l) => (
          <Radio key={l} value={l} label={{ children: LOCALE_NAMES[l], lang: languageTag(l) }} />
        ))}
      </RadioGroup>
    </div>
  );
}
