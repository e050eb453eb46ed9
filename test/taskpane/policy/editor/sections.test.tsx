/**
 * @jest-environment jsdom
 *
 * The editor's sections one at a time, each over a live draft: Fluent renders are slow in jsdom,
 * so each test renders only the section it is about.
 */
import "../../../support/jsdomSetup";
import { screen, within } from "@testing-library/react";
import type { UserEvent } from "@testing-library/user-event";
import { defaultPolicy, type Policy } from "../../../../src/engine/policy";
import { AddMetricForm } from "../../../../src/taskpane/policy/editor/AddMetricForm";
import { BandsEditor } from "../../../../src/taskpane/policy/editor/BandsEditor";
import { BaselinesEditor } from "../../../../src/taskpane/policy/editor/BaselinesEditor";
import { DimensionWeightsEditor } from "../../../../src/taskpane/policy/editor/DimensionWeightsEditor";
import { MetricsEditor } from "../../../../src/taskpane/policy/editor/MetricsEditor";
import { SeasonalEditor } from "../../../../src/taskpane/policy/editor/SeasonalEditor";
import { SettingsEditor } from "../../../../src/taskpane/policy/editor/SettingsEditor";
import { ValidationSummary } from "../../../../src/taskpane/policy/editor/ValidationSummary";
import { editorUser } from "../../../support/renderPolicyPage";
import { renderWithDraft } from "../../../support/renderWithDraft";

jest.setTimeout(15_000);

async function retype(user: UserEvent, input: HTMLElement, text: string): Promise<void> {
  await user.clear(input);
  if (text !== "") await user.type(input, text);
}

const value = (label: string) => (screen.getByLabelText(label) as HTMLInputElement).value;

describe("the baselines grid", () => {
  const workload = defaultPolicy().dimensions[0]!.metrics;

  function renderGrid() {
    return renderWithDraft(defaultPolicy(), ({ draft, edit }) => (
      <>
        <BaselinesEditor baselines={draft.baselines} metrics={workload} edit={edit} />
        <SeasonalEditor baselines={draft.baselines} edit={edit} />
      </>
    ));
  }

  it("edits a baseline, renames, adds and removes positions, and sets a seasonal factor", async () => {
    const user = editorUser();
    const { latest } = renderGrid();
    expect(value("Calls dialed baseline, Junior")).toBe("1800");

    await retype(user, screen.getByLabelText("Calls dialed baseline, Junior"), "1900");
    await retype(user, screen.getByLabelText("Position 2 name"), "Senior rep");
    await user.click(screen.getByRole("button", { name: "Remove Team Lead" }));
    await user.type(screen.getByLabelText("New position"), "Trainee");
    await user.click(screen.getByRole("button", { name: "Add position" }));

    // A new position has no baselines yet: its cells are empty and marked invalid, and the policy says why.
    const trainee = ["Calls dialed baseline, Trainee", "Talk minutes baseline, Trainee", "Customers handled baseline, Trainee"];
    expect(trainee.map(value)).toEqual(["", "", ""]);
    expect(trainee.map((label) => screen.getByLabelText(label).getAttribute("aria-invalid"))).toEqual(["true", "true", "true"]);
    const result = latest().result;
    expect(result.ok ? [] : result.errors).toEqual(['baselines[2].values: Trainee has no baseline for "calls", "talk_minutes", "customers"']);

    await user.type(screen.getByLabelText(trainee[0]!), "900");
    await user.type(screen.getByLabelText(trainee[1]!), "700");
    await user.type(screen.getByLabelText(trainee[2]!), "60");
    await retype(user, screen.getByLabelText("Dec factor, Trainee"), "1.2");
    // Its Chinese name, typed in the table of names (the renamed Senior's English name followed its rename).
    await user.type(screen.getByLabelText("Trainee, Name in Simplified Chinese"), "见习坐席");
    expect(screen.getByLabelText<HTMLInputElement>("Senior rep, Name in English").value).toBe("Senior rep");

    const ones = Array<number>(12).fill(1);
    expect(latest().result).toEqual({ ok: true, policy: expect.any(Object) });
    expect(latest().draft.baselines).toEqual([
      { position: "Junior", label: { en: "Junior", zh: "初级坐席", "zh-Hant": "初級電銷人員" }, values: { calls: 1900, talk_minutes: 1500, customers: 120 }, seasonal: ones },
      { position: "Senior rep", label: { en: "Senior rep", zh: "高级坐席", "zh-Hant": "資深電銷人員" }, values: { calls: 2000, talk_minutes: 1800, customers: 160 }, seasonal: ones },
      { position: "Trainee", label: { en: "", zh: "见习坐席" }, values: { calls: 900, talk_minutes: 700, customers: 60 }, seasonal: [...ones.slice(0, 11), 1.2] },
    ]);
    // The seasonal grid follows the renamed and added positions.
    expect(within(screen.getByRole("table", { name: "Seasonal factors per position, January to December" })).getAllByRole("rowheader").map((c) => c.textContent)).toEqual([
      "Junior",
      "Senior rep",
      "Trainee",
    ]);
  });

  it("refuses a position name that is empty or already listed, ignoring case and spaces", async () => {
    const user = editorUser();
    const { latest } = renderGrid();

    await user.click(screen.getByRole("button", { name: "Add position" }));
    expect(screen.getByText("Enter a name.")).toBeTruthy();
    await user.type(screen.getByLabelText("New position"), " senior ");
    await user.click(screen.getByRole("button", { name: "Add position" }));
    expect(screen.getByText("This position is already listed.")).toBeTruthy();
    expect(latest().draft.baselines).toHaveLength(3);

    // Renaming into a clash is allowed while typing, but both names are marked, and the policy does not validate.
    await retype(user, screen.getByLabelText("Position 3 name"), "JUNIOR");
    const grid = screen.getByRole("table", { name: "Monthly baseline per position" });
    expect(within(grid).getAllByText("This position is already listed.")).toHaveLength(2);
    expect(screen.getByLabelText("Position 1 name").getAttribute("aria-invalid")).toBe("true");
    expect(latest().result.ok).toBe(false);
  });

  it("treats an emptied baseline cell as no baseline", async () => {
    const user = editorUser();
    const { latest } = renderGrid();
    await retype(user, screen.getByLabelText("Customers handled baseline, Senior"), "");
    expect(latest().draft.baselines[1]!.values).toEqual({ calls: 2000, talk_minutes: 1800 });
    const result = latest().result;
    expect(result.ok ? [] : result.errors).toEqual(['baselines[1].values: Senior has no baseline for "customers"']);
  });
});

describe("the metrics", () => {
  /** The sales dimension's metrics, the add-metric form and the problem list, over a draft of the default policy. */
  function renderSales() {
    return renderWithDraft(defaultPolicy(), ({ draft, edit, result }) => (
      <>
        <MetricsEditor dimension={draft.dimensions[1]!} di={1} edit={edit} />
        <AddMetricForm draft={draft} edit={edit} />
        <ValidationSummary id="problems" errors={result.ok ? [] : result.errors} />
      </>
    ));
  }

  const problems = () => Array.from(document.querySelectorAll("#problems li"), (li) => li.textContent);

  it("adds complaint_rate (lower is better, fixed target), removes satisfaction, and is valid once the user has rebalanced the weights", async () => {
    const user = editorUser();
    const { latest } = renderSales();
    const form = screen.getByRole("form", { name: "Add a metric" });

    await user.type(within(form).getByLabelText("Key"), "complaint_rate");
    await user.type(within(form).getByLabelText("Name in English"), "Complaint rate");
    await user.type(within(form).getByLabelText("Name in Simplified Chinese"), "投诉率");
    await user.type(within(form).getByLabelText(/^Name in Traditional Chinese/), "客訴率");
    await user.selectOptions(within(form).getByLabelText("Dimension"), "Sales results");
    await user.selectOptions(within(form).getByLabelText("Scored against"), "A fixed target");
    await user.selectOptions(within(form).getByLabelText("Unit"), "Percent");
    await user.selectOptions(within(form).getByLabelText("Direction"), "Lower is better");
    await user.click(within(form).getByRole("button", { name: "Add metric" }));

    expect(within(form).getByRole("status").textContent).toBe("Complaint rate was added to Sales results with weight 0: set its weight and rebalance the others.");
    expect((within(form).getByLabelText("Key") as HTMLInputElement).value).toBe("");
    // Scored against a fixed target, it asks for one.
    const complaints = screen.getByRole("group", { name: "Complaint rate" });
    expect(within(complaints).getByText("Enter a number.")).toBeTruthy();
    expect(problems()).toEqual([
      'dimensions[1].metrics[3].target: is missing; a metric scored "fixed" needs a target greater than 0 (e.g. 90 for CSAT 90%)',
    ]);

    await user.type(within(complaints).getByLabelText("Target (%)"), "2");
    await retype(user, within(complaints).getByLabelText("Weight (%)"), "20");
    // revenue 50 + net profit 30 + satisfaction 20 + complaint rate 20 = 120.
    expect(screen.getByText("Sum 120 / 100 — 20 over")).toBeTruthy();

    await user.click(screen.getByRole("button", { name: "Remove Customer satisfaction (CSAT %)" }));
    // 50 + 30 + 20 = 100.
    expect(screen.getByText("Sum 100 / 100")).toBeTruthy();
    expect(screen.queryByRole("group", { name: "Customer satisfaction (CSAT %)" })).toBeNull();

    const result = latest().result;
    expect(result.ok && result.policy.dimensions[1]!.metrics).toEqual([
      { key: "revenue", weight: 50, direction: "higher", floor: 0, cap: 1.2, scoring: "target", unit: "money", label: { en: "Revenue", zh: "销售额", "zh-Hant": "銷售額" } },
      { key: "net_profit", weight: 30, direction: "higher", floor: 0, cap: 1.2, scoring: "target", unit: "money", label: { en: "Net profit", zh: "净利润", "zh-Hant": "淨利" } },
      { key: "complaint_rate", weight: 20, direction: "lower", floor: 0, cap: 1.2, scoring: "fixed", unit: "percent", target: 2, label: { en: "Complaint rate", zh: "投诉率", "zh-Hant": "客訴率" } },
    ]);
    expect(problems()).toEqual([]);
  });

  it("refuses a key that is taken or badly spelled, and adds nothing", async () => {
    const user = editorUser();
    const { latest } = renderSales();
    const form = screen.getByRole("form", { name: "Add a metric" });
    const key = within(form).getByLabelText("Key");

    await user.type(key, "calls");
    await user.click(within(form).getByRole("button", { name: "Add metric" }));
    expect(within(form).getByText('"calls" is already a metric.')).toBeTruthy();

    await retype(user, key, "Complaint Rate");
    await user.click(within(form).getByRole("button", { name: "Add metric" }));
    expect(within(form).getByText("Start with a lowercase letter and use only a-z, 0-9 and _.")).toBeTruthy();
    expect(key.getAttribute("aria-invalid")).toBe("true");

    expect(latest().dirty).toBe(false);
    expect(latest().draft).toEqual(defaultPolicy());
  });

  it("edits a metric's direction, floor, cap and fixed target", async () => {
    const user = editorUser();
    const { latest } = renderSales();
    const csat = screen.getByRole("group", { name: "Customer satisfaction (CSAT %)" });

    await user.selectOptions(within(csat).getByLabelText("Direction"), "Lower is better");
    await retype(user, within(csat).getByLabelText("Floor"), "0.5");
    await retype(user, within(csat).getByLabelText("Cap"), "0.4");
    await retype(user, within(csat).getByLabelText("Target (%)"), "85");

    expect(latest().draft.dimensions[1]!.metrics[2]).toMatchObject({ direction: "lower", floor: 0.5, cap: 0.4, target: 85 });
    // A cap under the floor is refused by the policy's rules.
    expect(problems()).toEqual(["dimensions[1].metrics[2].cap: must be at least the floor (0.5)"]);
  });
});

describe("the grade bands", () => {
  function renderBands() {
    return renderWithDraft(defaultPolicy(), ({ draft, edit }) => <BandsEditor bands={draft.bands} lowestGrade={draft.lowestGrade} edit={edit} />);
  }

  it("marks a lower bound that does not fall below the band above, until it does", async () => {
    const user = editorUser();
    const { latest } = renderBands();

    await retype(user, screen.getByLabelText("Lowest score for C"), "85");

    // C's 85 is not below B's 80.
    expect(screen.getByText("Must be below 80, the lowest score for B.")).toBeTruthy();
    expect(screen.getByLabelText("Lowest score for C").getAttribute("aria-invalid")).toBe("true");
    const result = latest().result;
    expect(result.ok ? [] : result.errors).toEqual(['bands[2].min: must be below 80, the lower bound of grade "B": bands run from the highest grade down']);

    await retype(user, screen.getByLabelText("Lowest score for C"), "75");
    expect(screen.queryByText(/^Must be below/)).toBeNull();
    expect(latest().result.ok).toBe(true);
  });

  it("adds and removes bands and sets the lowest grade", async () => {
    const user = editorUser();
    const { latest } = renderBands();

    await user.click(screen.getByRole("button", { name: "Add band" }));
    // The new band starts 10 under D's 60, with its grade still to type.
    expect(value("Lowest score for 5")).toBe("50");
    expect(screen.getByText("Enter a name.")).toBeTruthy();
    await user.type(screen.getByLabelText("Grade 5"), "E");
    // E is the lowest grade already: both are marked.
    expect(screen.getAllByText("This grade is already used.")).toHaveLength(2);
    await retype(user, screen.getByLabelText("Grade under the last band"), "F");
    await user.click(screen.getByRole("button", { name: "Remove B" }));

    expect(screen.queryByText("This grade is already used.")).toBeNull();
    expect(latest().draft.bands).toEqual([
      { grade: "A", min: 90 },
      { grade: "C", min: 70 },
      { grade: "D", min: 60 },
      { grade: "E", min: 50 },
    ]);
    expect(latest().draft.lowestGrade).toBe("F");
    expect(latest().result.ok).toBe(true);
  });
});

describe("the single settings", () => {
  it("edits min_presence, the quarter quality weight and the rating scale, and shows a share as a percentage", async () => {
    const user = editorUser();
    const { latest } = renderWithDraft(defaultPolicy(), ({ draft, edit }) => <SettingsEditor settings={draft} edit={edit} />);

    await retype(user, screen.getByLabelText("Minimum presence (share of workdays)"), "0.6");
    await retype(user, screen.getByLabelText("Quality weight in the quarter score"), "1.5");
    await retype(user, screen.getByLabelText("Rating scale"), "10");

    // 0.6 = 60%; 1.5 = 150%, which no share can be.
    expect(screen.getByText("A share from 0 to 1 (now 60%).")).toBeTruthy();
    expect(screen.getByText("A share from 0 to 1 (now 150%).")).toBeTruthy();
    const result = latest().result;
    expect(result.ok ? [] : result.errors).toEqual(["quarterQualityWeight: must be 1 or less (a share: 0.5 is 50%)"]);
    expect(latest().draft).toMatchObject({ minPresence: 0.6, quarterQualityWeight: 1.5, ratingScale: 10 });
  });
});

describe("in Chinese", () => {
  it("shows the running sum and the problem of a weight group", async () => {
    const user = editorUser();
    const policy: Policy = defaultPolicy();
    renderWithDraft(policy, ({ draft, edit }) => <DimensionWeightsEditor dimensions={draft.dimensions} edit={edit} />, "zh-CN");
    const group = screen.getByRole("group", { name: "维度权重（%）" });

    await retype(user, within(group).getByLabelText("销售业绩"), "56");
    // 30 + 56 + 20 = 106: 6 over.
    expect(within(group).getByRole("status").textContent).toBe(" 合计 106 / 100 — 超出 6");
    await retype(user, within(group).getByLabelText("销售业绩"), "");
    expect(within(group).getByRole("status").textContent).toBe(" 无法合计：每个权重都需要填写数字。");
    expect(within(group).getByText("请输入数字。")).toBeTruthy();
  });
});
