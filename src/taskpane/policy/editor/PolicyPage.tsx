/**
 * The Policy tab: how the workbook's policy was found, the saved policy (read-only) or its
 * editor, and the history of saved versions. The draft lives here, so leaving the editor for the
 * read-only view keeps unsaved changes.
 */
import { makeStyles, MessageBar, MessageBarBody, Switch, tokens } from "@fluentui/react-components";
import { useState, useSyncExternalStore } from "react";
import type { Policy } from "../../../engine/policy";
import { usePolicyDraft } from "./usePolicyDraft";
import { useStrings } from "../../shared/i18n/LocaleContext";
import type { PolicyRepository } from "../policyRepository";
import { PolicyView } from "../PolicyView";
import { HistoryPanel } from "./HistoryPanel";
import { LazyBoundary, lazyNamed } from "../../shared/LazyBoundary";
import { LoadNotice } from "./LoadNotice";
import { POLICY_STRINGS } from "../policyStrings";

// Loaded when the user first switches to editing: the read-only view does not need it.
const PolicyEditor = lazyNamed(() => import(/* webpackChunkName: "policy-editor" */ "./PolicyEditor").then((m) => m.PolicyEditor));

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalL, minWidth: 0 },
});

export interface PolicyPageProps {
  /** The saved policy, as the policy store holds it. */
  saved: Policy;
  repository: PolicyRepository;
  /** Open in the editor rather than the read-only view. */
  initiallyEditing?: boolean;
}

export function PolicyPage({ saved, repository, initiallyEditing = false }: PolicyPageProps) {
  const styles = useStyles();
  const t = useStrings(POLICY_STRINGS);
  const draft = usePolicyDraft(saved);
  const [editing, setEditing] = useState(initiallyEditing);
  const loadState = useSyncExternalStore(repository.subscribeLoadState, repository.loadState);
  // A notice about what the workbook held stops applying once a policy is saved over it: it shows
  // only while the saved revision is the one in use when the notice came.
  const [notice, setNotice] = useState({ state: loadState, revision: saved.revision });
  if (notice.state !== loadState) setNotice({ state: loadState, revision: saved.revision });
  const noticeApplies = saved.revision === notice.revision;
  const workbookBehind = noticeApplies && (loadState.status === "rejected" || loadState.status === "migrated");
  return (
    <div className={styles.root}>
      {noticeApplies && <LoadNotice state={loadState} />}
      <Switch label={t.editPolicy} checked={editing} onChange={(_, data) => setEditing(data.checked)} />
      {editing ? (
        <LazyBoundary>
          <PolicyEditor draft={draft} saved={saved} repository={repository} workbookBehind={workbookBehind} />
        </LazyBoundary>
      ) : (
        <>
          {draft.dirty && (
            <MessageBar intent="info">
              <MessageBarBody>{t.unsavedChanges}</MessageBarBody>
            </MessageBar>
          )}
          <PolicyView policy={saved} />
        </>
      )}
      <HistoryPanel repository={repository} savedRevision={saved.revision} />
    </div>
  );
}
