/**
 * A list under its heading that shows its first items only: a 320 px pane cannot hold five hundred
 * problem rows, and the sheet lists them all. The rest are counted in words.
 */
import { makeStyles, Text, tokens } from "@fluentui/react-components";

const useStyles = makeStyles({
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalXL },
});

/** How many items a list shows. */
export const SHOWN = 20;

export interface ShortListProps {
  heading: string;
  items: readonly string[];
  /** The words for the items not shown: "…and 480 more, listed on the sheet." */
  more: (count: number) => string;
}

export function ShortList({ heading, items, more }: ShortListProps) {
  const styles = useStyles();
  return (
    <>
      <Text weight="semibold">{heading}</Text>
      <ul className={styles.list}>
        {items.slice(0, SHOWN).map((item, i) => (
          <li key={i}>{item}</li>
        ))}
      </ul>
      {items.length > SHOWN && <Text>{more(items.length - SHOWN)}</Text>}
    </>
  );
}
