/**
 * A button whose action asks first. The question opens in place, below the button, rather than in
 * a modal dialog: it fits a 320 px pane, and the user keeps sight of what they are about to
 * replace. Focus moves to the question's confirming button; Escape or Cancel leave everything as
 * it was and return focus to the button.
 */
import { Button, makeStyles, Text, tokens, useId, type ButtonProps } from "@fluentui/react-components";
import { useEffect, useRef, useState, type KeyboardEvent, type ReactNode } from "react";
import { useStrings } from "./i18n/LocaleContext";
import { SHARED_STRINGS } from "./i18n/sharedStrings";

const useStyles = makeStyles({
  question: {
    flexBasis: "100%",
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorPaletteMarigoldBorder2}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorPaletteYellowBackground1,
  },
  answers: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
});

export interface ConfirmButtonProps {
  /** The opening button's text, and its accessible name unless `aria-label` gives a fuller one. */
  children: ReactNode;
  "aria-label"?: string;
  size?: "small" | "medium";
  disabled?: boolean;
  icon?: ButtonProps["icon"];
  /** The question, e.g. "Reset to the default policy?". */
  title: string;
  /** What going ahead does. */
  body: string;
  /** The text of the button that goes ahead. */
  confirmLabel: string;
  onConfirm: () => void;
}

export function ConfirmButton({ children, title, body, confirmLabel, onConfirm, ...button }: ConfirmButtonProps) {
  const t = useStrings(SHARED_STRINGS);
  const styles = useStyles();
  const titleId = useId("confirm-title");
  const bodyId = useId("confirm-body");
  const opener = useRef<HTMLButtonElement>(null);
  const confirm = useRef<HTMLButtonElement>(null);
  const [asking, setAsking] = useState(false);

  useEffect(() => {
    if (asking) confirm.current?.focus();
  }, [asking]);

  const answer = (yes: boolean) => {
    setAsking(false);
    opener.current?.focus();
    if (yes) onConfirm();
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== "Escape") return;
    event.stopPropagation();
    answer(false);
  };

  return (
    <>
      <Button {...button} ref={opener} aria-expanded={asking} onClick={() => setAsking(true)}>
        {children}
      </Button>
      {asking && (
        <div role="group" aria-labelledby={titleId} aria-describedby={bodyId} className={styles.question} onKeyDown={onKeyDown}>
          <Text id={titleId} weight="semibold">
            {title}
          </Text>
          <Text id={bodyId}>{body}</Text>
          <div className={styles.answers}>
            <Button ref={confirm} appearance="primary" onClick={() => answer(true)}>
              {confirmLabel}
            </Button>
            <Button onClick={() => answer(false)}>{t.cancel}</Button>
          </div>
        </div>
      )}
    </>
  );
}
