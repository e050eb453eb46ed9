/** @jest-environment jsdom */
/**
 * The Explain view as a user reads it, in English and Chinese: a TOTAL_SCORE call with a blank
 * dimension re-weighted away, and a #NUM! cell with its full message. The selection is what the
 * workbook adapter would have read (its Excel side: explainWorkbook.test.ts); the explanation is
 * the real one, from the TELE functions and the engine. Figures worked out by hand.
 */
import "../../support/jsdomSetup";
import "../../support/customFunctionsGlobal";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { render, screen } from "@testing-library/react";
import axe from "axe-core";
import { defaultPolicy } from "../../../src/engine/policy";
import { resetPolicyStoreForTests, setPolicy } from "../../../src/engine/policyStore";
import { ExplainView } from "../../../src/taskpane/explain/ExplainView";
import type { ExplainWorkbook, ReadArgument, Selection } from "../../../src/taskpane/explain/excel/explainWorkbook";
import type { Locale } from "../../../src/engine/locale";
import { LocaleProvider } from "../../../src/taskpane/shared/i18n/LocaleContext";

const policy = defaultPolicy();
beforeEach(() => {
  resetPolicyStoreForTests();
  setPolicy(policy);
});

const cellArg = (text: string, value: unknown): ReadArgument => ({ text, address: `Sheet1!${text}`, value, error: null, nested: null, unread: false });

/** A workbook whose selected cell is `selection`; it never reports a change. */
const selected = (selection: Selection): ExplainWorkbook => ({ read: async () => selection, watch: async () => async () => undefined });

// (30 × 90 + 20 × 70) / 50 = 82: sales is blank, its 50 % re-weighted to workload and initiatives.
const TOTAL: Selection = {
  kind: "call",
  address: "Sheet1!D2",
  formula: "=TELE.TOTAL_SCORE(A2,B2,C2)",
  shown: 82,
  call: { id: "TOTAL_SCORE", args: [cellArg("A2", 90), cellArg("B2", null), cellArg("C2", 70)] },
};

function show(selection: Selection, locale: Locale) {
  return render(
    <FluentProvider theme={webLightTheme}>
      <LocaleProvider displayLanguage={locale === "zh" ? "zh-CN" : "en-US"} storage={null}>
        <ExplainView policy={policy} workbook={selected(selection)} />
      </LocaleProvider>
    </FluentProvider>,
  );
}

test("a total with a blank dimension: inputs, where the weight went, the band and what it takes", async () => {
  const { container } = show(TOTAL, "en");
  expect(await screen.findByText("The cell's value: 82")).toBeTruthy();
  expect(screen.getByText("sales (Sheet1!B2): blank: no data")).toBeTruthy();
  expect(screen.getByText("Sales results: no data, its 50 % went to Workload, Key initiatives")).toBeTruthy();
  expect(screen.getByText("Weighted mean over what has data: 82")).toBeTruthy();
  expect(screen.getByText("82 ≥ 80: grade B")).toBeTruthy();
  // A: the total rounded to 2 decimals >= 90. Workload alone: (30 w + 1400) / 50 >= 89.995 -> w >= 103.325,
  // and a whole-number input moves in whole steps: 104. Initiatives: (2700 + 20 i) / 50 >= 89.995 -> i >= 89.9875: 90.
  expect(screen.getByText("+14 workload (to 104) reaches A")).toBeTruthy();
  expect(screen.getByText("+20 initiatives (to 90) reaches A")).toBeTruthy();
  const results = await axe.run(container, { rules: { "color-contrast": { enabled: false } } });
  expect(results.violations.map((v) => v.id)).toEqual([]);
});

test("the same in Chinese", async () => {
  show(TOTAL, "zh");
  expect(await screen.findByText("单元格的值：82")).toBeTruthy();
  expect(screen.getByText("销售业绩：无数据，其 50% 的权重分给了工作量、重点工作")).toBeTruthy();
  expect(screen.getByText("82 ≥ 80：等级 B")).toBeTruthy();
  expect(screen.getByText("workload +14（达到 104）即可达到 A")).toBeTruthy();
});

test("an error cell shows the full reason of its #NUM!", async () => {
  show(
    { kind: "call", address: "Sheet1!B19", formula: "=TELE.BASELINE_SCORE(1500,0)", shown: "#NUM!", call: { id: "BASELINE_SCORE", args: [
      { text: "1500", address: null, value: 1500, error: null, nested: null, unread: false },
      { text: "0", address: null, value: 0, error: null, nested: null, unread: false },
    ] } },
    "en",
  );
  expect(await screen.findByRole("heading", { name: "Why the cell shows #NUM!" })).toBeTruthy();
  expect(screen.getByRole("alert").textContent).toMatch(/Excel shows only #NUM! in the cell; here is its message\.baseline must be greater than 0 \(got 0\)/);
});
