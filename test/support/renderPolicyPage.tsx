/** Renders the Policy tab alone (no App shell): the editor's tests need no more, and Fluent renders are slow in jsdom. */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { render, type RenderResult } from "@testing-library/react";
import userEvent, { PointerEventsCheckLevel, type UserEvent } from "@testing-library/user-event";
import { PolicyPage } from "../../src/taskpane/policy/editor/PolicyPage";
import { LocaleProvider } from "../../src/taskpane/shared/i18n/LocaleContext";
import type { PolicyRepository } from "../../src/taskpane/policy/policyRepository";
import { usePolicy } from "../../src/taskpane/policy/usePolicy";

function StoredPolicyPage({ repository, editing }: { repository: PolicyRepository; editing: boolean }) {
  const saved = usePolicy();
  return saved ? <PolicyPage saved={saved} repository={repository} initiallyEditing={editing} /> : null;
}

/** The Policy tab over the policy store's policy, in `language`, open in the editor unless told otherwise. */
export function renderPolicyPage(repository: PolicyRepository, { language = "en-US", editing = true } = {}): RenderResult {
  return render(
    <FluentProvider theme={webLightTheme}>
      <LocaleProvider displayLanguage={language} storage={null}>
        <StoredPolicyPage repository={repository} editing={editing} />
      </LocaleProvider>
    </FluentProvider>,
  );
}

/**
 * user-event for the editor's tests: no pause between keys, and no pointer-events check, which
 * reads the computed style of every ancestor on each click and costs most of a test's time under
 * Fluent's thousands of style rules. (Disabled buttons are asserted by their attributes instead.)
 */
export function editorUser(): UserEvent {
  return userEvent.setup({ delay: null, pointerEventsCheck: PointerEventsCheckLevel.Never });
}
