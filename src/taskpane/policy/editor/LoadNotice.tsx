/**
 * What the pane must say about how the workbook's policy was found: a rejected policy (corrupt, or
 * from a newer TeleScore) with the reason and its text to download; an upgraded one to save; any
 * other problem the load reports (an unreadable workbook, changes elsewhere going unnoticed).
 */
import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle, Text } from "@fluentui/react-components";
import { downloadText } from "./fileTransfer";
import { useStrings } from "../../shared/i18n/LocaleContext";
import type { LoadState } from "../policyRepository";
import { POLICY_STRINGS } from "../policyStrings";

const REJECTED_FILE_NAME = "telescore-policy-rejected.json";

export function LoadNotice({ state }: { state: LoadState }) {
  const t = useStrings(POLICY_STRINGS);
  if (state.status === "migrated") {
    return (
      <MessageBar intent="info" layout="multiline">
        <MessageBarBody>{t.migratedTitle}</MessageBarBody>
      </MessageBar>
    );
  }
  if (state.status !== "rejected") {
    return state.problem ? (
      <MessageBar intent="warning" layout="multiline">
        <MessageBarBody>{state.problem}</MessageBarBody>
      </MessageBar>
    ) : null;
  }
  const { rejectedJson } = state;
  return (
    <MessageBar intent="warning" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{t.rejectedTitle}</MessageBarTitle>
        {state.problem && <Text block>{state.problem}</Text>}
        <Text block>{t.rejectedBody}</Text>
      </MessageBarBody>
      {rejectedJson !== undefined && (
        <MessageBarActions>
          <Button onClick={() => downloadText(REJECTED_FILE_NAME, rejectedJson)}>{t.downloadRejected}</Button>
        </MessageBarActions>
      )}
    </MessageBar>
  );
}
