/** @jest-environment jsdom */
import { screen, within } from "@testing-library/react";
import axe from "axe-core";
import { defaultPolicy } from "../../src/engine/policy";
import { setPolicy } from "../../src/engine/policyStore";
import { renderApp } from "../support/renderApp";

beforeEach(() => {
  localStorage.clear();
  setPolicy(defaultPolicy());
});

it.each(["en-US", "zh-CN"])("has no axe violations in %s", async (language) => {
  const { container } = renderApp(language);
  // jsdom does no layout, so contrast cannot be measured here.
  const results = await axe.run(container, { rules: { "color-contrast": { enabled: false } } });
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
});

it("gives every table a caption and column headers, inside a named scroll region a keyboard can reach", () => {
  renderApp("en-US");
  const tables = screen.getAllByRole("table");
  // dimensions + 3 metric tables + baselines + seasonal factors + grade bands
  expect(tables).toHaveLength(7);
  for (const table of tables as HTMLTableElement[]) {
    const caption = table.caption?.textContent ?? "";
    expect(caption).not.toBe("");
    const columns = within(table).getAllByRole("columnheader");
    expect(columns.length).toBe(table.rows[0]!.cells.length);
    expect(within(table).getAllByRole("rowheader")).toHaveLength(table.rows.length - 1);
    const region = table.closest('[role="region"]');
    expect(region?.getAttribute("aria-label")).toBe(caption);
    expect(region?.getAttribute("tabindex")).toBe("0");
  }
});

it("sets no width wider than a 320 px pane in any style rule", () => {
  renderApp("en-US");
  const css = Array.from(document.styleSheets)
    .flatMap((sheet) => Array.from(sheet.cssRules, (rule) => rule.cssText))
    .join("\n");
  expect(css).toContain("overflow-x: auto"); // the rules were found at all: the scroll regions' own
  const widths = [...css.matchAll(/(?:^|[\s;{])(?:min-)?width:\s*(\d+(?:\.\d+)?)(px|rem|em)/g)].map(
    ([, n, unit]) => Number(n) * (unit === "px" ? 1 : 16),
  );
  expect(widths.filter((px) => px > 320)).toEqual([]);
});
