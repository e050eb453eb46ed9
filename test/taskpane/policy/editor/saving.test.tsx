/** @jest-environment jsdom */
import "../../../support/jsdomSetup";
import { screen, within } from "@testing-library/react";
import type { UserEvent } from "@testing-library/user-event";
import { defaultPolicy, type Policy } from "../../../../src/engine/policy";
import { getPolicy, resetPolicyStoreForTests, setPolicy } from "../../../../src/engine/policyStore";
import type { PolicyRepository } from "../../../../src/taskpane/policy/policyRepository";
import { memoryRepository } from "../../../support/memoryRepository";
import { editorUser, renderPolicyPage } from "../../../support/renderPolicyPage";

// Fluent renders are slow in jsdom, the more so on a busy machine.
jest.setTimeout(15_000);

beforeEach(() => {
  resetPolicyStoreForTests();
  setPolicy(defaultPolicy());
});

/** A promise the test resolves when it chooses. */
function gate(): { promise: Promise<void>; open: () => void } {
  let open = () => {};
  const promise = new Promise<void>((resolve) => (open = resolve));
  return { promise, open };
}

/**
 * The editor over `repository`, with the elements the tests use, each looked up once: role
 * queries over the whole editor are what costs most in these tests. The elements stay the same
 * across re-renders.
 */
async function renderEditor(repository: PolicyRepository) {
  renderPolicyPage(repository);
  // The editor's code loads the first time it is shown.
  const weights = await screen.findByRole("group", { name: "Dimension weights (%)" });
  return {
    weights,
    weight: (name: string) => within(weights).getByLabelText(name) as HTMLInputElement,
    callsFloor: within(screen.getByRole("group", { name: "Calls dialed" })).getByLabelText("Floor") as HTMLInputElement,
    save: screen.getByRole("button", { name: "Save" }),
    note: screen.getByLabelText("Note for this version (optional)") as HTMLInputElement,
  };
}

const problems = () => Array.from(screen.getByText("To fix before saving:").parentElement!.querySelectorAll("li"), (li) => li.textContent);

async function retype(user: UserEvent, input: HTMLElement, text: string): Promise<void> {
  await user.clear(input);
  await user.type(input, text);
}

it("blocks Save while the dimension weights do not add up to 100, with the sum and the message, and allows it once they do", async () => {
  const user = editorUser();
  const repository = memoryRepository();
  const save = jest.spyOn(repository, "save");
  const editor = await renderEditor(repository);

  await retype(user, editor.weight("Workload"), "25");

  // 25 + 50 + 20 = 95: 5 short of 100.
  expect(within(editor.weights).getByRole("status").textContent).toBe(" Sum 95 / 100 — 5 short");
  expect(problems()).toEqual(["Dimension weights add up to 95, 5 short of 100 (Workload 25, Sales results 50, Key initiatives 20)."]);
  expect(editor.save.getAttribute("aria-disabled")).toBe("true");
  await user.click(editor.save);
  expect(save).not.toHaveBeenCalled();

  await retype(user, editor.weight("Sales results"), "55");

  // 25 + 55 + 20 = 100.
  expect(within(editor.weights).getByRole("status").textContent).toBe(" Sum 100 / 100");
  expect(screen.queryByText("To fix before saving:")).toBeNull();
  expect(screen.getByText("The policy in the editor is valid.")).toBeTruthy();
  expect(editor.save.getAttribute("aria-disabled")).toBeNull();
});

/** The default policy with the dimension weights 25 / 55 / 20. */
function reweighted(): Policy {
  const p = defaultPolicy();
  p.dimensions[0]!.weight = 25;
  p.dimensions[1]!.weight = 55;
  return p;
}

it("saves the edited policy with the note, and says Saved only once the save has resolved", async () => {
  const user = editorUser();
  const repository = memoryRepository();
  const held = gate();
  const store = repository.save;
  const save = jest.fn(async (policy: Policy, note: string) => {
    await held.promise;
    return store(policy, note);
  });
  const editor = await renderEditor({ ...repository, save });

  await retype(user, editor.weight("Workload"), "25");
  await retype(user, editor.weight("Sales results"), "55");
  await user.type(editor.note, "More weight on sales for Q3");
  await user.click(editor.save);

  expect(save.mock.calls).toEqual([[reweighted(), "More weight on sales for Q3"]]);
  expect(screen.getByText("Saving…, recalculating")).toBeTruthy();
  expect(screen.queryByText(/^Saved/)).toBeNull();
  expect(editor.save.getAttribute("aria-disabled")).toBe("true");

  held.open();

  // The default policy is revision 1; the save makes revision 2.
  expect(await screen.findByText("Saved as revision 2. Excel is recalculating the TELE formulas with it.")).toBeTruthy();
  expect(screen.queryByText("Saving…, recalculating")).toBeNull();
  expect(getPolicy()).toEqual({ ...reweighted(), revision: 2 });
  expect(repository.versions.map((v) => [v.revision, v.note])).toEqual([[2, "More weight on sales for Q3"]]);
  // The editor now holds the saved policy: nothing left to save, the note cleared.
  expect(editor.save.getAttribute("aria-disabled")).toBe("true");
  expect(editor.note.value).toBe("");
  expect(editor.weight("Workload").value).toBe("25");
});

it("shows why a save failed and keeps the edits", async () => {
  const user = editorUser();
  const save = jest.fn(() => Promise.reject(new Error("Excel could not write the workbook settings.")));
  const editor = await renderEditor({ ...memoryRepository(), save });

  await retype(user, editor.callsFloor, "0.5");
  await user.click(editor.save);

  expect(await screen.findByText("Not saved: Excel could not write the workbook settings.")).toBeTruthy();
  expect(screen.queryByText(/^Saved/)).toBeNull();
  expect(getPolicy()).toEqual(defaultPolicy());
  expect(editor.callsFloor.value).toBe("0.5");
  expect(editor.save.getAttribute("aria-disabled")).toBeNull();
});

it("reverts the editor to the saved policy", async () => {
  const user = editorUser();
  const editor = await renderEditor(memoryRepository());
  const revert = screen.getByRole("button", { name: "Revert" }) as HTMLButtonElement;

  await retype(user, editor.weight("Workload"), "45");
  expect(editor.weight("Workload").value).toBe("45");
  await user.click(revert);

  expect(editor.weight("Workload").value).toBe("30");
  expect(screen.getByText("The policy in the editor is valid.")).toBeTruthy();
  expect(editor.save.getAttribute("aria-disabled")).toBe("true");
  expect(revert.disabled).toBe(true);
});

it("resets the editor to the default policy after a confirmation, without saving", async () => {
  const user = editorUser();
  // A saved revision 4 with workload 35 / sales 45.
  const stored = defaultPolicy();
  stored.revision = 4;
  stored.dimensions[0]!.weight = 35;
  stored.dimensions[1]!.weight = 45;
  setPolicy(stored);
  const repository = memoryRepository();
  const save = jest.spyOn(repository, "save");
  const editor = await renderEditor(repository);
  const reset = screen.getByRole("button", { name: "Reset to default", expanded: false });
  const question = () => screen.queryByRole("group", { name: "Reset to the default policy?" });

  await user.click(reset);
  // The question takes the focus; Escape leaves everything as it was.
  expect(document.activeElement).toBe(within(question()!).getByRole("button", { name: "Reset to default" }));
  await user.keyboard("{Escape}");
  expect(question()).toBeNull();
  expect(document.activeElement).toBe(reset);
  expect(editor.weight("Workload").value).toBe("35");

  await user.click(reset);
  await user.click(within(question()!).getByRole("button", { name: "Reset to default" }));

  expect(["Workload", "Sales results", "Key initiatives"].map((name) => editor.weight(name).value)).toEqual(["30", "50", "20"]);
  expect(save).not.toHaveBeenCalled();
  expect(getPolicy()).toBe(stored);
  expect(editor.save.getAttribute("aria-disabled")).toBeNull();
});

it("lets a keyboard user reach Save with Tab, hear why it cannot act yet, and save with Enter", async () => {
  const user = editorUser();
  const editor = await renderEditor(memoryRepository());

  // From the top of the pane: the edit switch, the note, then Save, reachable although it cannot act yet.
  await user.tab();
  await user.tab();
  await user.tab();
  expect(document.activeElement).toBe(editor.save);
  expect(editor.save.getAttribute("aria-describedby")?.split(" ").map((id) => document.getElementById(id)?.textContent)).toEqual(["No changes to save."]);

  await retype(user, editor.callsFloor, "0.5");
  editor.callsFloor.blur();
  await user.tab();
  await user.tab();
  await user.tab();
  expect(document.activeElement).toBe(editor.save);
  await user.keyboard("{Enter}");

  expect(await screen.findByText("Saved as revision 2. Excel is recalculating the TELE formulas with it.")).toBeTruthy();
  expect(getPolicy()?.dimensions[0]!.metrics[0]!.floor).toBe(0.5);
});
