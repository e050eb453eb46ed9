/** @jest-environment jsdom */
import "../../../support/jsdomSetup";
import { screen, within } from "@testing-library/react";
import { defaultPolicy, type Policy } from "../../../../src/engine/policy";
import { getPolicy, resetPolicyStoreForTests, setPolicy } from "../../../../src/engine/policyStore";
import { catchDownloads } from "../../../support/downloads";
import { memoryRepository } from "../../../support/memoryRepository";
import { editorUser, renderPolicyPage } from "../../../support/renderPolicyPage";

jest.setTimeout(15_000);

beforeEach(() => {
  resetPolicyStoreForTests();
  setPolicy(defaultPolicy());
});

const workload = () => within(screen.getByRole("group", { name: "Dimension weights (%)" })).getByLabelText("Workload") as HTMLInputElement;
const policyFile = (policy: unknown, name = "q3-policy.json") => new File([JSON.stringify(policy, null, 2)], name, { type: "application/json" });

it("imports nothing from a file that is not a valid policy: the editor and the workbook stay as they were, and the errors are listed", async () => {
  const user = editorUser();
  const repository = memoryRepository();
  const save = jest.spyOn(repository, "save");
  renderPolicyPage(repository);
  // The editor's code loads the first time it is shown.
  await screen.findByRole("group", { name: "Dimension weights (%)" });
  await user.clear(workload());
  await user.type(workload(), "35");

  // Sales at 40: 30 + 40 + 20 = 90. Band B's 95 is not below A's 90.
  const bad = defaultPolicy();
  bad.dimensions[1]!.weight = 40;
  bad.bands[1]!.min = 95;
  await user.upload(screen.getByLabelText("Policy file to import"), policyFile(bad));

  const report = await screen.findByText("q3-policy.json was not imported; nothing changed:");
  expect(within(report).getAllByRole("listitem").map((li) => li.textContent)).toEqual([
    "Dimension weights add up to 90, 10 short of 100 (Workload 30, Sales results 40, Key initiatives 20).",
    'grade band 2 (B), lower bound: must be below 90, the lower bound of grade "A": bands run from the highest grade down',
  ]);
  expect(workload().value).toBe("35");
  expect(save).not.toHaveBeenCalled();
  expect(repository.versions).toEqual([]);
  expect(getPolicy()).toEqual(defaultPolicy());
});

it("reports a file that is not JSON at all", async () => {
  const user = editorUser();
  renderPolicyPage(memoryRepository());

  await user.upload(screen.getByLabelText("Policy file to import"), new File(['{ "name": "Q3" '], "broken.json", { type: "application/json" }));

  const report = await screen.findByText("broken.json was not imported; nothing changed:");
  // The text ends after the value: line 1, column 16 is where "," or "}" was due.
  expect(within(report).getAllByRole("listitem").map((li) => li.textContent)).toEqual([
    'The policy file is not valid JSON: at line 1, column 16, expected "," or "}" but found the end of the text.',
  ]);
  expect(workload().value).toBe("30");
});

it("fills the editor from a valid file without saving it; Save then stores it as the next revision", async () => {
  const user = editorUser();
  const repository = memoryRepository();
  const save = jest.spyOn(repository, "save");
  renderPolicyPage(repository);

  // Another workbook's revision 7, with workload 40 / sales 40.
  const good: Policy = { ...defaultPolicy(), name: "Q3 policy", revision: 7 };
  good.dimensions[0]!.weight = 40;
  good.dimensions[1]!.weight = 40;
  await user.upload(screen.getByLabelText("Policy file to import"), policyFile(good));

  expect(await screen.findByText("q3-policy.json is in the editor. Check it, then select Save.")).toBeTruthy();
  expect(workload().value).toBe("40");
  expect(save).not.toHaveBeenCalled();
  expect(getPolicy()).toEqual(defaultPolicy());

  await user.click(screen.getByRole("button", { name: "Save" }));

  // The workbook's own sequence goes on: revision 1 was saved, so this is 2.
  expect(await screen.findByText("Saved as revision 2. Excel is recalculating the TELE formulas with it.")).toBeTruthy();
  expect(getPolicy()).toEqual({ ...good, revision: 2 });
});

it("exports the saved policy, not the unsaved edits, as telescore-policy-r<revision>.json", async () => {
  const user = editorUser();
  const saved = { ...defaultPolicy(), revision: 12 };
  setPolicy(saved);
  const catcher = catchDownloads();
  try {
    renderPolicyPage(memoryRepository());
    await user.clear(workload());
    await user.type(workload(), "45");

    await user.click(screen.getByRole("button", { name: "Export JSON" }));

    const downloads = await catcher.downloads();
    expect(downloads.map((d) => d.fileName)).toEqual(["telescore-policy-r12.json"]);
    expect(JSON.parse(downloads[0]!.text)).toEqual(saved);
  } finally {
    catcher.stop();
  }
});

it("lists every problem of a refused file in the pane's language, naming metrics by their labels", async () => {
  const user = editorUser();
  renderPolicyPage(memoryRepository(), { language: "zh-CN" });
  // Workload at 45: 45 + 50 + 20 = 115; and the calls metric with a cap of 0.
  const bad = defaultPolicy();
  bad.dimensions[0]!.weight = 45;
  bad.dimensions[0]!.metrics[0]!.cap = 0;
  await user.upload(screen.getByLabelText("要导入的方案文件"), policyFile(bad));
  const report = await screen.findByText(/q3-policy\.json/);
  expect(within(report).getAllByRole("listitem").map((li) => li.textContent)).toEqual([
    "工作量 · 呼出量 · 上限：必须大于 0",
    "各维度权重合计为 115，超出 100 达 15（工作量 45、销售业绩 50、重点工作 20）。",
  ]);
});

it("asks before an import replaces unsaved edits, as Reset does; Cancel keeps them and opens no file", async () => {
  const user = editorUser();
  renderPolicyPage(memoryRepository());
  const input = screen.getByLabelText("Policy file to import") as HTMLInputElement;
  const chooser = jest.spyOn(input, "click").mockImplementation(() => undefined);

  // Nothing edited: Import opens the file chooser at once.
  await user.click(screen.getByRole("button", { name: "Import JSON…" }));
  expect(chooser).toHaveBeenCalledTimes(1);

  await user.clear(workload());
  await user.type(workload(), "35");
  await user.click(screen.getByRole("button", { name: "Import JSON…" }));
  const question = screen.getByRole("group", { name: "Replace your unsaved changes?" });
  expect(chooser).toHaveBeenCalledTimes(1);
  await user.click(within(question).getByRole("button", { name: "Cancel" }));
  expect(chooser).toHaveBeenCalledTimes(1);
  expect(workload().value).toBe("35");

  await user.click(screen.getByRole("button", { name: "Import JSON…" }));
  await user.click(screen.getByRole("button", { name: "Choose a file…" }));
  expect(chooser).toHaveBeenCalledTimes(2);
});

it("refuses a file that gives a setting twice, saying so in the pane's language", async () => {
  const user = editorUser();
  renderPolicyPage(memoryRepository(), { language: "zh-CN" });
  const twice = JSON.stringify(defaultPolicy(), null, 2).replace('"weight": 30,', '"weight": 30,\n      "weight": 60,');
  await user.upload(screen.getByLabelText("要导入的方案文件"), new File([twice], "twice.json", { type: "application/json" }));

  const report = await screen.findByText("未导入 twice.json，没有任何更改：");
  expect(within(report).getAllByRole("listitem").map((li) => li.textContent)).toEqual([
    "文件中同一设置出现了两次（dimensions[0].weight）。只能有一个值生效：请删除另一个后重新导入。",
  ]);
});
