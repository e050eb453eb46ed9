/**
 * Save (with an optional note for the history) and Revert. Save stays reachable by keyboard
 * while it cannot act, and says why; "Saved" appears only once the repository's save has
 * resolved, which is after every TELE formula was recalculated.
 */
import { Button, Field, Input, makeStyles, MessageBar, MessageBarBody, Spinner, Text, tokens, useId } from "@fluentui/react-components";
import { useState } from "react";
import type { PolicyRepository } from "../policyRepository";
import { errorMessage } from "../../../engine/errors";
import type { PolicyDraft } from "./usePolicyDraft";
import { useFormat, useStrings } from "../../shared/i18n/LocaleContext";
import { useEditorStyles } from "./editorStyles";
import { POLICY_STRINGS } from "../policyStrings";

const useStyles = makeStyles({
  // Stays in view while the user scrolls a long policy, so Save is always at hand.
  bar: {
    position: "sticky",
    top: 0,
    zIndex: 1,
    backgroundColor: tokens.colorNeutralBackground1,
    paddingBlock: tokens.spacingVerticalS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  // The note and the two buttons share a row where they fit (they do in 320 px), to keep the sticky bar low.
  row: { display: "flex", flexWrap: "wrap", alignItems: "flex-end", gap: tokens.spacingHorizontalS },
  note: { flex: "1 1 8rem", minWidth: 0 },
  noteInput: { width: "100%", minWidth: 0 },
  button: { minWidth: "auto" },
});

type Status = { kind: "idle" } | { kind: "saving" } | { kind: "saved"; revision: number } | { kind: "failed"; reason: string };

export interface SaveBarProps {
  draft: PolicyDraft;
  repository: PolicyRepository;
  /** The id of the problem list, which tells why Save cannot act. */
  problemsId: string;
  /** Saving an unchanged policy is worth doing: the workbook holds a rejected or an older policy. */
  workbookBehind: boolean;
}

export function SaveBar({ draft, repository, problemsId, workbookBehind }: SaveBarProps) {
  const t = useStrings(POLICY_STRINGS);
  const format = useFormat();
  const styles = useStyles();
  const layout = useEditorStyles();
  const reasonId = useId("save-reason");
  const [note, setNote] = useState("");
  const [status, setStatus] = useState<Status>({ kind: "idle" });
  const saving = status.kind === "saving";
  const { result, dirty } = draft;
  const reason = !result.ok ? t.saveUnavailable : !dirty && !workbookBehind ? t.nothingToSave : undefined;

  const save = async () => {
    if (!result.ok || saving) return;
    setStatus({ kind: "saving" });
    try {
      const saved = await repository.save(result.policy, note.trim());
      setStatus({ kind: "saved", revision: saved.revision });
      setNote("");
    } catch (e) {
      setStatus({ kind: "failed", reason: errorMessage(e) });
    }
  };

  return (
    <div className={`${layout.group} ${styles.bar}`}>
      <div className={styles.row}>
        <Field label={t.note} className={styles.note}>
          <Input className={styles.noteInput} value={note} onChange={(_, data) => setNote(data.value)} maxLength={200} />
        </Field>
        <Button
          appearance="primary"
          className={styles.button}
          disabledFocusable={reason !== undefined || saving}
          aria-describedby={reason ? `${reasonId} ${result.ok ? "" : problemsId}`.trim() : undefined}
          onClick={() => void save()}
        >
          {t.save}
        </Button>
        <Button className={styles.button} disabled={!dirty || saving} onClick={draft.revert}>
          {t.revert}
        </Button>
      </div>
      {reason && (
        <Text id={reasonId} size={200}>
          {reason}
        </Text>
      )}
      <div role="status" aria-live="polite">
        {status.kind === "saving" && <Spinner size="tiny" labelPosition="after" label={t.saving} />}
        {status.kind === "saved" && <Text>{t.saved(format.number(status.revision))}</Text>}
      </div>
      {status.kind === "failed" && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>{t.saveFailed(status.reason)}</MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
}
