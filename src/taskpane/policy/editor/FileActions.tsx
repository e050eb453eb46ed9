/**
 * The policy as a file: Import JSON fills the editor only when the file is a valid policy (and
 * otherwise lists what is wrong, changing nothing); with unsaved edits it asks first, as Reset
 * does, before the file is chosen; Export JSON downloads the saved policy as
 * telescore-policy-r<revision>.json; Reset to default fills the editor with the default policy.
 * Nothing here saves: Save does.
 */
import { Button, MessageBar, MessageBarBody, makeStyles, tokens } from "@fluentui/react-components";
import { ArrowDownload20Regular, ArrowUpload20Regular } from "@fluentui/react-icons";
import { memo, useRef, useState, type ChangeEvent } from "react";
import { defaultPolicy, type Policy } from "../../../engine/policy";
import { parseJsonText, type PolicyResult } from "../../../engine/policySchema";
import { exportPolicyJson, importPolicyJson } from "../../../engine/policyJson";
import { errorMessage } from "../../../engine/errors";
import type { PolicyDraft } from "./usePolicyDraft";
import { downloadText, exportFileName, readText } from "./fileTransfer";
import { useLocale, useStrings } from "../../shared/i18n/LocaleContext";
import { problemTexts } from "./problemTexts";
import { ConfirmButton } from "../../shared/ConfirmButton";
import { useEditorStyles } from "./editorStyles";
import { POLICY_STRINGS } from "../policyStrings";

const useStyles = makeStyles({
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalXL, overflowWrap: "anywhere" },
});

type Outcome = { file: string; errors?: string[]; duplicateKeys?: string[] };

export interface FileActionsProps {
  /** Puts a policy in the editor. */
  replace: PolicyDraft["replace"];
  /** The saved policy, which Export writes. */
  saved: Policy;
  /** The editor holds unsaved edits: Import asks before replacing them. */
  dirty: boolean;
}

export const FileActions = memo(function FileActions({ replace, saved, dirty }: FileActionsProps) {
  const t = useStrings(POLICY_STRINGS);
  const { locale } = useLocale();
  const styles = useStyles();
  const layout = useEditorStyles();
  const fileInput = useRef<HTMLInputElement>(null);
  const [outcome, setOutcome] = useState<Outcome>();

  const importFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const input = event.currentTarget;
    const file = input.files?.[0];
    if (!file) return;
    // Cleared so that choosing the same file again (after fixing it) fires a change again.
    input.value = "";
    let result: PolicyResult;
    let text = "";
    try {
      text = await readText(file);
      result = importPolicyJson(text);
    } catch (e) {
      result = { ok: false, errors: [errorMessage(e)] };
    }
    if (result.ok) replace(result.policy);
    // The file's own data names its dimensions and metrics in the problems, in the pane's language.
    const data = result.ok ? undefined : parseJsonText(text);
    setOutcome(
      result.ok
        ? { file: file.name }
        : { file: file.name, errors: problemTexts(result, data?.ok ? data.data : undefined, locale), duplicateKeys: result.duplicateKeys },
    );
  };
  const chooseFile = () => fileInput.current?.click();
  // Said in the pane's language: the storage's messages are English.
  const errors = outcome?.duplicateKeys ? [t.importDuplicateKeys(outcome.duplicateKeys.join(", "))] : outcome?.errors;

  return (
    <div className={layout.group}>
      <div className={layout.actions}>
        {dirty ? (
          <ConfirmButton icon={<ArrowUpload20Regular />} title={t.importReplaceTitle} body={t.importReplaceBody} confirmLabel={t.importReplaceConfirm} onConfirm={chooseFile}>
            {t.importJson}
          </ConfirmButton>
        ) : (
          <Button icon={<ArrowUpload20Regular />} onClick={chooseFile}>
            {t.importJson}
          </Button>
        )}
        {/* Hidden (a file input cannot be styled): the button above opens it. */}
        <input ref={fileInput} type="file" accept=".json,application/json" aria-label={t.importFile} tabIndex={-1} hidden onChange={(e) => void importFile(e)} />
        <Button icon={<ArrowDownload20Regular />} onClick={() => downloadText(exportFileName(saved.revision), exportPolicyJson(saved))}>
          {t.exportJson}
        </Button>
        <ConfirmButton title={t.resetTitle} body={t.resetBody} confirmLabel={t.resetToDefault} onConfirm={() => replace(defaultPolicy())}>
          {t.resetToDefault}
        </ConfirmButton>
      </div>
      <div role="status" aria-live="polite">
        {outcome && (
          <MessageBar intent={errors ? "error" : "success"} layout="multiline">
            <MessageBarBody>
              {errors ? t.importFailed(outcome.file) : t.imported(outcome.file)}
              {errors && (
                <ul className={styles.list}>
                  {errors.map((e, i) => (
                    <li key={i}>{e}</li>
                  ))}
                </ul>
              )}
            </MessageBarBody>
          </MessageBar>
        )}
      </div>
    </div>
  );
});
