/**
 * Renders editor sections over a live draft (usePolicyDraft), without the rest of the pane, so a
 * test of one section pays only for that section's Fluent render. `latest()` is the draft as the
 * sections last saw it.
 */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { render } from "@testing-library/react";
import type { ReactNode } from "react";
import type { Policy } from "../../src/engine/policy";
import { usePolicyDraft, type PolicyDraft } from "../../src/taskpane/policy/editor/usePolicyDraft";
import { LocaleProvider } from "../../src/taskpane/shared/i18n/LocaleContext";

export function renderWithDraft(saved: Policy, sections: (draft: PolicyDraft) => ReactNode, language = "en-US"): { latest: () => PolicyDraft } {
  let latest: PolicyDraft | undefined;
  function Harness() {
    const draft = usePolicyDraft(saved);
    latest = draft;
    return <>{sections(draft)}</>;
  }
  render(
    <FluentProvider theme={webLightTheme}>
      <LocaleProvider displayLanguage={language} storage={null}>
        <Harness />
      </LocaleProvider>
    </FluentProvider>,
  );
  return { latest: () => latest! };
}
