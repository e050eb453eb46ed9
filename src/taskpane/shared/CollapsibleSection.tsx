/**
 * A part of the editor that opens and closes: a heading holding a button (the WAI-ARIA
 * disclosure pattern), and below it the content, rendered only while open, so a closed section
 * costs neither height in a 320 px pane nor rendering time. Plain elements rather than Fluent's
 * Accordion, whose focus manager decides what is visible from layout and so loses the Tab order
 * wherever layout is not computed (jsdom).
 */
import { Button, makeStyles, tokens, useId } from "@fluentui/react-components";
import { ChevronDown20Regular, ChevronRight20Regular } from "@fluentui/react-icons";
import { useState, type ReactNode } from "react";

const useStyles = makeStyles({
  heading: { margin: 0 },
  toggle: { width: "100%", justifyContent: "flex-start", fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  panel: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, minWidth: 0, paddingBlock: tokens.spacingVerticalS },
});

export interface CollapsibleSectionProps {
  title: string;
  initiallyOpen?: boolean;
  children: ReactNode;
}

export function CollapsibleSection({ title, initiallyOpen = false, children }: CollapsibleSectionProps) {
  const styles = useStyles();
  const panelId = useId("section-panel");
  const [open, setOpen] = useState(initiallyOpen);
  return (
    <section aria-label={title}>
      <h2 className={styles.heading}>
        <Button
          appearance="subtle"
          className={styles.toggle}
          icon={open ? <ChevronDown20Regular /> : <ChevronRight20Regular />}
          aria-expanded={open}
          aria-controls={panelId}
          onClick={() => setOpen(!open)}
        >
          {title}
        </Button>
      </h2>
      <div id={panelId} className={styles.panel} hidden={!open}>
        {open && children}
      </div>
    </section>
  );
}
