/**
 * What a generate did, in words: the sheet and the reps scored, the rows that could not be scored
 * and the duplicate rows with their row numbers, the reps kept from an earlier version, and the
 * calibration warning when a grade has more reps than the policy expects. The sheet lists the same;
 * the pane says it so the user need not go looking.
 */
import { makeStyles, MessageBar, MessageBarBody, MessageBarTitle, Subtitle2, Text, tokens } from "@fluentui/react-components";
import { reasonText } from "../../engine/review/reviewRows";
import type { ReviewOutcome } from "./excel/reviewSheet";
import { useFormat, useStrings } from "../shared/i18n/LocaleContext";
import { REVIEW_STRINGS, type ReviewStrings } from "./reviewViewStrings";
import { ShortList } from "./ShortList";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
});

export interface ReviewOutcomeSummaryProps {
  outcome: ReviewOutcome;
}

/** A rep as the lists name them: "Ann (E006)", or whichever of the two is known. */
export function repText(rep: { repId: string | null; repName: string | null }, t: ReviewStrings): string {
  if (rep.repName !== null && rep.repId !== null) return t.repWithId(rep.repName, rep.repId);
  return rep.repName ?? rep.repId ?? t.unknownRep;
}

export function ReviewOutcomeSummary({ outcome }: ReviewOutcomeSummaryProps) {
  const t = useStrings(REVIEW_STRINGS);
  const format = useFormat();
  const styles = useStyles();
  const count = (n: number) => format.number(n);
  // Row numbers without grouping: "rows 1234, 1240" stays readable where "1,234, 1,240" would not.
  const rows = (list: number[]) => t.rowList(list.map(String).join(t.listSeparator), list.length);
  const more = (n: number) => t.moreOnSheet(count(n));
  const { calibration } = outcome.summary;
  const reps = count(outcome.reps);
  return (
    <div className={styles.root}>
      <Subtitle2 as="h3">{t.outcomeHeading}</Subtitle2>
      <Text>
        {outcome.regenerated ? t.regenerated(outcome.sheetName, reps) : t.generated(outcome.sheetName, reps)} {t.modeUsed[outcome.mode]}
      </Text>
      {outcome.nameTaken && <Text>{t.nameTaken(outcome.requestedName, outcome.sheetName)}</Text>}
      {outcome.conflicts > 0 && <Text>{t.conflicts(outcome.conflicts)}</Text>}
      {calibration.length > 0 && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{t.calibrationHeading}</MessageBarTitle>
            {calibration.map((g) => (
              <Text key={g.grade} block>
                {t.calibrationLine(g.grade, format.percent(g.share ?? 0), format.percent(g.expectedAtMost ?? 0))}
              </Text>
            ))}
          </MessageBarBody>
        </MessageBar>
      )}
      {outcome.unscorable.length === 0 && outcome.duplicates.length === 0 && <Text>{t.allScored}</Text>}
      {outcome.unscorable.length > 0 && (
        <ShortList
          heading={t.unscorableHeading(count(outcome.unscorable.length))}
          items={outcome.unscorable.map((u) => t.unscorableLine(repText(u, t), rows(u.rows), reasonText(u.reasons, t.lang)))}
          more={more}
        />
      )}
      {outcome.duplicates.length > 0 && (
        <ShortList
          heading={t.duplicatesHeading(count(outcome.duplicates.length))}
          items={outcome.duplicates.map((d) => t.duplicateLine(repText(d, t), d.month, rows(d.rows)))}
          more={more}
        />
      )}
      {outcome.kept.length > 0 && (
        <ShortList heading={t.keptHeading(count(outcome.kept.length))} items={outcome.kept.map((k) => t.keptLine(repText(k, t), t.keptReason[k.reason]))} more={more} />
      )}
    </div>
  );
}
