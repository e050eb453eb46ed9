/** @jest-environment jsdom */
import { valueError } from "../../../src/engine/errors";
import "../../support/jsdomSetup";
import { act, screen, within } from "@testing-library/react";
import axe from "axe-core";
import { mapHeaders } from "../../../src/engine/review/headerMapping";
import { chooseTable, FakeReviewWorkbook, fastUser, renderReview, tableBlock } from "./fakeReviewWorkbook";
import { ROWS } from "./reviewData";

// A Fluent render and an axe run take seconds when the machine is busy.
jest.setTimeout(15_000);

/** Few columns, yet one of each kind of row: exact, contained, ambiguous and unmatched. */
const HEADERS = ["工号", "岗位", "月份", "呼出量", "外呼数", "本月销售额", "备注"];
const REP_DATA = tableBlock("RepData", "Data", HEADERS, ROWS.map((r) => [r[0], r[2], r[3], r[4], r[5], r[7], r[8]]));

it("labels every input, has no axe violations with everything shown, and sets no width wider than a 320 px pane", async () => {
  const user = fastUser();
  const fake = new FakeReviewWorkbook(["RepData"], [{ ref: { kind: "table", name: "RepData" }, block: REP_DATA }]);
  const { container } = renderReview(fake);
  await chooseTable(user, "Table", "RepData");
  await user.click(screen.getByRole("button", { name: "Read headers" }));
  await user.click(screen.getByRole("button", { name: "Import a per-call log" }));
  const section = screen.getByRole("region", { name: "Import a per-call log" });
  await user.click(within(section).getByRole("radio", { name: "A range address" }));
  await user.click(await screen.findByRole("button", { name: "Generate" }));
  act(() => fake.generated[0]!.options.onProgress!(10, 40, "writing"));

  expect(screen.getByRole("progressbar")).toBeTruthy();

  await act(async () =>
    fake.generated[0]!.resolve({
      sheetName: "Review 2026-08",
      requestedName: "Review 2026-08",
      nameTaken: false,
      regenerated: false,
      period: "2026-08",
      mode: "live",
      tableName: "TeleScoreReview_2026_08",
      tableAddress: "'Review 2026-08'!A8:AJ10",
      summaryAddress: "'Review 2026-08'!A12:L30",
      mapping: mapHeaders(HEADERS),
      reps: 2,
      kept: [],
      unscorable: [{ rows: [5], repId: "E003", repName: "Cy", reasons: [{ row: 5, error: valueError("periodBlank", {}) }] }],
      duplicates: [],
      summary: { scored: 2, grades: [], positions: [], moneyTotals: [], calibration: [{ grade: "A", reps: 1, share: 0.5, expectedAtMost: 0.2, aboveExpected: true }] },
      chunks: { read: 1, write: 1 },
      conflicts: 0,
    }),
  );
  expect(screen.getByRole("heading", { name: "Result" })).toBeTruthy();

  // Everything is shown now but the progress bar, which Fluent's Field labels. axe's label,
  // select-name and button-name rules check that every control has a name; jsdom does no
  // layout, so contrast cannot be measured here.
  const results = await axe.run(container, { rules: { "color-contrast": { enabled: false } } });
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);

  const css = Array.from(document.styleSheets)
    .flatMap((sheet) => Array.from(sheet.cssRules, (rule) => rule.cssText))
    .join("\n");
  expect(css).toContain("overflow-wrap: anywhere"); // the mapping's header rule was found
  const widths = [...css.matchAll(/(?:^|[\s;{])(?:min-)?width:\s*(\d+(?:\.\d+)?)(px|rem|em)/g)].map(([, n, unit]) => Number(n) * (unit === "px" ? 1 : 16));
  expect(widths.filter((px) => px > 320)).toEqual([]);
});
