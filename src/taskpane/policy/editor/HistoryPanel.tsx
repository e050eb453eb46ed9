/**
 * Every saved version, newest first, with its time, who saved it and the note. Any readable
 * version can be viewed read-only, and restored (after a confirmation) as a new revision.
 */
import { Button, makeStyles, MessageBar, MessageBarBody, Spinner, Text, tokens, useId } from "@fluentui/react-components";
import { memo, useEffect, useState } from "react";
import { errorMessage } from "../../../engine/errors";
import { useFormat, useLocale, useStrings } from "../../shared/i18n/LocaleContext";
import { languageTag } from "../../shared/i18n/locale";
import type { PolicyRepository, PolicyVersion } from "../policyRepository";
import { PolicyView } from "../PolicyView";
import { Section } from "../../shared/Section";
import { ConfirmButton } from "../../shared/ConfirmButton";
import { useEditorStyles } from "./editorStyles";
import { POLICY_STRINGS } from "../policyStrings";

const useStyles = makeStyles({
  list: { listStyle: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  item: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS, overflowWrap: "anywhere" },
  viewer: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, paddingBlock: tokens.spacingVerticalS },
});

type Status = { kind: "idle" } | { kind: "restoring" } | { kind: "restored"; from: number; to: number } | { kind: "failed"; reason: string };

export interface HistoryPanelProps {
  repository: PolicyRepository;
  /** The saved policy's revision: the history is read again whenever it changes. */
  savedRevision: number;
}

export const HistoryPanel = memo(function HistoryPanel({ repository, savedRevision }: HistoryPanelProps) {
  const t = useStrings(POLICY_STRINGS);
  const format = useFormat();
  const styles = useStyles();
  const [versions, setVersions] = useState<PolicyVersion[]>();
  const [loadError, setLoadError] = useState<string>();
  const [viewing, setViewing] = useState<number>();
  const [status, setStatus] = useState<Status>({ kind: "idle" });

  useEffect(() => {
    let current = true;
    repository.history().then(
      (list) => {
        if (!current) return;
        setVersions(list);
        setLoadError(undefined);
      },
      (e: unknown) => {
        if (current) setLoadError(errorMessage(e));
      },
    );
    return () => {
      current = false;
    };
  }, [repository, savedRevision]);

  const restore = async (revision: number) => {
    setStatus({ kind: "restoring" });
    try {
      const saved = await repository.restore(revision);
      setStatus({ kind: "restored", from: revision, to: saved.revision });
      setViewing(undefined);
    } catch (e) {
      setStatus({ kind: "failed", reason: errorMessage(e) });
    }
  };

  return (
    <Section title={t.historyHeading}>
      <div role="status" aria-live="polite">
        {status.kind === "restoring" && <Spinner size="tiny" labelPosition="after" label={t.restoring} />}
        {status.kind === "restored" && <Text>{t.restored(format.number(status.from), format.number(status.to))}</Text>}
      </div>
      {status.kind === "failed" && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>{t.restoreFailed(status.reason)}</MessageBarBody>
        </MessageBar>
      )}
      {loadError !== undefined && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>{t.historyFailed(loadError)}</MessageBarBody>
        </MessageBar>
      )}
      {versions === undefined && loadError === undefined && <Spinner size="tiny" label={t.historyLoading} />}
      {versions?.length === 0 && <Text>{t.historyEmpty}</Text>}
      <ul className={styles.list}>
        {versions?.map((v) => (
          <VersionItem
            key={v.revision}
            version={v}
            inUse={v.revision === savedRevision}
            open={viewing === v.revision}
            onView={(open) => setViewing(open ? v.revision : undefined)}
            restoring={status.kind === "restoring"}
            onRestore={() => void restore(v.revision)}
          />
        ))}
      </ul>
    </Section>
  );
});

interface VersionItemProps {
  version: PolicyVersion;
  /** The version the saved policy is: there is nothing to restore. */
  inUse: boolean;
  /** Whether its policy is shown below it. */
  open: boolean;
  onView: (open: boolean) => void;
  restoring: boolean;
  onRestore: () => void;
}

function VersionItem({ version, inUse, open, onView, restoring, onRestore }: VersionItemProps) {
  const t = useStrings(POLICY_STRINGS);
  const format = useFormat();
  const { locale } = useLocale();
  const styles = useStyles();
  const layout = useEditorStyles();
  const viewerId = useId("version-viewer");
  const { policy, user, note, problem } = version;
  const revision = format.number(version.revision);
  const date = new Date(version.savedAt);
  const time = Number.isNaN(date.getTime()) ? version.savedAt : new Intl.DateTimeFormat(languageTag(locale), { dateStyle: "medium", timeStyle: "short" }).format(date);
  return (
    <li className={styles.item}>
      <Text weight="semibold">{inUse ? `${t.versionTitle(revision)} ${t.currentVersion}` : t.versionTitle(revision)}</Text>
      <Text size={200}>{user ? t.versionMeta(time, user) : time}</Text>
      {note && <Text>{note}</Text>}
      {problem && <Text className={layout.error}>{problem}</Text>}
      {policy && (
        <div className={layout.actions}>
          <Button size="small" aria-label={t.viewVersion(revision)} aria-expanded={open} aria-controls={open ? viewerId : undefined} onClick={() => onView(!open)}>
            {t.view}
          </Button>
          {!inUse && (
            <ConfirmButton
              size="small"
              aria-label={t.restoreVersion(revision)}
              disabled={restoring}
              title={t.restoreTitle(revision)}
              body={t.restoreBody}
              confirmLabel={t.restore}
              onConfirm={onRestore}
            >
              {t.restore}
            </ConfirmButton>
          )}
        </div>
      )}
      {policy && open && (
        <section id={viewerId} className={styles.viewer} aria-label={t.viewingVersion(revision)}>
          <Button size="small" onClick={() => onView(false)}>
            {t.closeVersion}
          </Button>
          <PolicyView policy={policy} />
        </section>
      )}
    </li>
  );
}
