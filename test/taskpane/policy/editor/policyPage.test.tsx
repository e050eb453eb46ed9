/**
 * @jest-environment jsdom
 *
 * The Policy tab around the editor: the history, the notice about how the policy was loaded, the
 * tab in the pane, and the accessibility of the whole editor.
 */
import "../../../support/jsdomSetup";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { act, render, screen, within } from "@testing-library/react";
import axe from "axe-core";
import { defaultPolicy, type Policy } from "../../../../src/engine/policy";
import { getPolicy, resetPolicyStoreForTests, setPolicy } from "../../../../src/engine/policyStore";
import { App } from "../../../../src/taskpane/App";
import { unavailablePorts } from "../../../../src/taskpane/ports";
import { HistoryPanel } from "../../../../src/taskpane/policy/editor/HistoryPanel";
import { LocaleProvider } from "../../../../src/taskpane/shared/i18n/LocaleContext";
import type { PolicyRepository, PolicyVersion } from "../../../../src/taskpane/policy/policyRepository";
import { usePolicy } from "../../../../src/taskpane/policy/usePolicy";
import { catchDownloads } from "../../../support/downloads";
import { memoryRepository } from "../../../support/memoryRepository";
import { editorUser, renderPolicyPage } from "../../../support/renderPolicyPage";
import { tableRows } from "../../../support/renderApp";

jest.setTimeout(15_000);

// Times are shown in the user's time zone; the tests fix it.
process.env.TZ = "UTC";

beforeEach(() => resetPolicyStoreForTests());

/** The default policy as revision `revision`, with workload `workload` and sales 80 - workload. */
function policyAt(revision: number, workload: number): Policy {
  const p = { ...defaultPolicy(), revision };
  p.dimensions[0]!.weight = workload;
  p.dimensions[1]!.weight = 80 - workload;
  return p;
}

const VERSIONS: PolicyVersion[] = [
  { revision: 1, savedAt: "2025-03-01T08:00:00.000Z", note: "First policy", user: "Li Na", policy: policyAt(1, 30) },
  { revision: 2, savedAt: "2025-04-02T14:30:00.000Z", note: "More weight on sales", user: null, policy: policyAt(2, 25) },
  { revision: 3, savedAt: "2025-04-03T09:15:00.000Z", note: "", user: "Li Na", policy: null, problem: "dimensions: must hold at least one dimension" },
];

describe("the history", () => {
  /** The history panel alone, following the saved revision in the policy store as the Policy tab does. */
  function renderHistory(repository: PolicyRepository) {
    function StoredHistory() {
      return <HistoryPanel repository={repository} savedRevision={usePolicy()!.revision} />;
    }
    render(
      <FluentProvider theme={webLightTheme}>
        <LocaleProvider displayLanguage="en-US" storage={null}>
          <StoredHistory />
        </LocaleProvider>
      </FluentProvider>,
    );
  }

  it("lists every version newest first, with its time, who saved it and the note", async () => {
    setPolicy(policyAt(2, 25));
    renderHistory(memoryRepository({ versions: VERSIONS }));

    const items = await screen.findAllByRole("listitem");
    expect(items.map((li) => Array.from(li.querySelectorAll(":scope > span"), (s) => s.textContent!.replace(/\s/g, " ")))).toEqual([
      ["Revision 3", "Apr 3, 2025, 9:15 AM, Li Na", "dimensions: must hold at least one dimension"],
      ["Revision 2 (in use)", "Apr 2, 2025, 2:30 PM", "More weight on sales"],
      ["Revision 1", "Mar 1, 2025, 8:00 AM, Li Na", "First policy"],
    ]);
    // An unreadable version cannot be viewed or restored; the one in use has nothing to restore.
    expect(within(items[0]!).queryAllByRole("button")).toEqual([]);
    expect(within(items[1]!).getAllByRole("button").map((b) => b.getAttribute("aria-label"))).toEqual(["View revision 2"]);
    expect(within(items[2]!).getAllByRole("button").map((b) => b.getAttribute("aria-label"))).toEqual(["View revision 1", "Restore revision 1"]);
  });

  it("shows a version read-only", async () => {
    const user = editorUser();
    setPolicy(policyAt(2, 25));
    renderHistory(memoryRepository({ versions: VERSIONS }));

    const view = await screen.findByRole("button", { name: "View revision 1" });
    await user.click(view);

    const shown = screen.getByRole("region", { name: "Revision 1, read-only" });
    expect(view.getAttribute("aria-expanded")).toBe("true");
    expect(within(shown).queryAllByRole("spinbutton")).toEqual([]);
    // Revision 1 has workload 30 / sales 50 (the saved revision 2 has 25 / 55).
    const table = within(shown).getByRole("table", { name: "Dimension weights in the total score" });
    expect(Array.from(table.querySelectorAll("tbody tr"), (tr) => tr.textContent)).toEqual(["Workload30", "Sales results50", "Key initiatives20"]);

    await user.click(within(shown).getByRole("button", { name: "Close" }));
    expect(screen.queryByRole("region", { name: "Revision 1, read-only" })).toBeNull();
  });

  it("restores a version after a confirmation, as a new revision", async () => {
    const user = editorUser();
    setPolicy(policyAt(2, 25));
    const repository = memoryRepository({ versions: VERSIONS.slice(0, 2) });
    const restore = jest.spyOn(repository, "restore");
    renderHistory(repository);

    await user.click(await screen.findByRole("button", { name: "Restore revision 1" }));
    const question = screen.getByRole("group", { name: "Restore revision 1?" });
    await user.click(within(question).getByRole("button", { name: "Restore" }));

    expect(restore.mock.calls).toEqual([[1]]);
    // Revisions 1 and 2 exist: the restored policy becomes revision 3.
    expect(await screen.findByText("Revision 1 was restored as revision 3.")).toBeTruthy();
    expect(getPolicy()).toEqual(policyAt(3, 30));
    expect(await screen.findByText("Revision 3 (in use)")).toBeTruthy();
    expect(screen.getByText("Restored revision 1")).toBeTruthy();
  });
});

describe("a policy rejected at load", () => {
  const rejectedJson = '{ "schemaVersion": 9, "name": "From a newer TeleScore" }';
  const problem = "This policy was saved by a newer TeleScore (policy schema version 9; this TeleScore reads up to version 1). Update TeleScore to open it.";

  it("is explained in a warning that offers the rejected text, and the policy in use can be saved over it unchanged", async () => {
    const user = editorUser();
    setPolicy(defaultPolicy());
    renderPolicyPage(memoryRepository({ loadState: { status: "rejected", problem, rejectedJson } }));
    const catcher = catchDownloads();
    try {
      const title = screen.getByText("The policy saved in this workbook could not be used");
      const warning = title.closest(".fui-MessageBar") as HTMLElement;
      expect(within(warning).getByText(problem)).toBeTruthy();
      expect(within(warning).getByText(/The rejected text is kept in the workbook, so nothing is lost/)).toBeTruthy();

      await user.click(within(warning).getByRole("button", { name: "Download the rejected JSON" }));
      expect(await catcher.downloads()).toEqual([{ fileName: "telescore-policy-rejected.json", text: rejectedJson }]);
    } finally {
      catcher.stop();
    }

    // Nothing was edited, yet Save can act: the workbook does not hold the policy in use. Saved, the warning no longer applies.
    // The editor's code loads the first time it is shown.
    const save = await screen.findByRole("button", { name: "Save" });
    expect(save.getAttribute("aria-disabled")).toBeNull();
    await user.click(save);
    expect(await screen.findByText("Saved as revision 2. Excel is recalculating the TELE formulas with it.")).toBeTruthy();
    expect(getPolicy()).toEqual({ ...defaultPolicy(), revision: 2 });
    expect(screen.queryByText("The policy saved in this workbook could not be used")).toBeNull();
    expect(save.getAttribute("aria-disabled")).toBe("true");
  });

  it("follows a load state that changes while the pane is open", async () => {
    setPolicy(defaultPolicy());
    const repository = memoryRepository({ loadState: { status: "loading" } });
    renderPolicyPage(repository, { editing: false });
    expect(await screen.findByText("No version has been saved yet.")).toBeTruthy();
    expect(screen.queryByText("The policy saved in this workbook could not be used")).toBeNull();

    act(() => repository.setLoadState({ status: "rejected", problem, rejectedJson }));

    expect(screen.getByText("The policy saved in this workbook could not be used")).toBeTruthy();
  });
});

describe("the pane", () => {
  it("opens on the Policy tab, read-only, and edits it when given a workbook", async () => {
    const user = editorUser();
    setPolicy(defaultPolicy());
    render(
      <FluentProvider theme={webLightTheme}>
        <App displayLanguage="zh-CN" storage={null} ports={{ ...unavailablePorts(), workbook: true, policy: memoryRepository() }} />
      </FluentProvider>,
    );

    const tab = screen.getByRole("tab", { name: "权重方案" });
    expect(tab.getAttribute("aria-selected")).toBe("true");
    expect(screen.getByRole("tabpanel").getAttribute("aria-labelledby")).toBe(tab.id);
    expect(tableRows("各维度在总分中的权重")[1]).toEqual(["工作量", "30"]);

    await user.click(screen.getByRole("switch", { name: "编辑方案" }));

    const weights = screen.getByRole("group", { name: "维度权重（%）" });
    expect((within(weights).getByLabelText("工作量") as HTMLInputElement).value).toBe("30");
    expect(within(weights).getByRole("status").textContent).toBe(" 合计 100 / 100");
  });
});

describe("the editor, every section open", () => {
  async function renderOpen() {
    const user = editorUser();
    setPolicy(defaultPolicy());
    const { container } = renderPolicyPage(memoryRepository());
    for (const toggle of container.querySelectorAll<HTMLElement>("h2 button[aria-expanded='false']")) await user.click(toggle);
    return container;
  }

  it("labels every input, has no axe violations, and sets no width wider than a 320 px pane", async () => {
    const container = await renderOpen();
    expect(container.querySelectorAll("h2 button[aria-expanded='false']")).toHaveLength(0);

    // jsdom does no layout, so contrast cannot be measured here.
    const results = await axe.run(container, { rules: { "color-contrast": { enabled: false } } });
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);

    const css = Array.from(document.styleSheets)
      .flatMap((sheet) => Array.from(sheet.cssRules, (rule) => rule.cssText))
      .join("\n");
    expect(css).toContain("grid-template-columns: repeat(auto-fill, minmax(8rem, 1fr))"); // the editor's own rules were found
    const widths = [...css.matchAll(/(?:^|[\s;{])(?:min-)?width:\s*(\d+(?:\.\d+)?)(px|rem|em)/g)].map(([, n, unit]) => Number(n) * (unit === "px" ? 1 : 16));
    expect(widths.filter((px) => px > 320)).toEqual([]);
  });
});
