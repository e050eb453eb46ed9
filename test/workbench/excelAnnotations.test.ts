/**
 * Cell annotations in the workbench (docs/workbench.md, "Annotations"): threaded comments, notes,
 * data validation and hyperlinks belong to their cell. They move with inserted, deleted and sorted
 * cells, go with the cell's deletion, and each Range.clear kind removes what Excel.ClearApplyTo says.
 */
import type { RequestContext as Ctx } from "../../src/workbench/excel/requestContext";
import { rejection, setup } from "./hostHarness";

/** On Sheet1: a comment on B2, a note on C2, a whole-number rule on D2, a link on E2. */
async function annotated(context: Ctx): Promise<void> {
  const sheet = context.workbook.worksheets.getItem("Sheet1");
  context.workbook.comments.add("Sheet1!B2", "check the leave days");
  sheet.notes.add("C2", "from HR");
  sheet.getRange("D2").dataValidation.rule = { wholeNumber: { formula1: 0, operator: "GreaterThanOrEqualTo" } };
  sheet.getRange("E2").hyperlink = { address: "https://example.com/memo" };
  await context.sync();
}

/** Where each annotation is now: the comment's and note's cells, the cells with a rule or a link in A1:F6. */
async function where(context: Ctx): Promise<{ comments: string[]; notes: string[]; rules: string[]; links: string[] }> {
  const sheet = context.workbook.worksheets.getItem("Sheet1");
  const comments = context.workbook.comments.load("items");
  const notes = sheet.notes.load("items");
  await context.sync();
  const commentCells = comments.items.map((c) => c.getLocation().load("address"));
  const noteCells = notes.items.map((n) => n.getLocation().load("address"));
  const cells = ["A", "B", "C", "D", "E", "F"].flatMap((c) => [1, 2, 3, 4, 5, 6].map((r) => `${c}${r}`));
  const probes = cells.map((a) => ({ a, validation: sheet.getRange(a).dataValidation.load("type"), range: sheet.getRange(a).load("hyperlink") }));
  await context.sync();
  return {
    comments: commentCells.map((r) => r.address),
    notes: noteCells.map((r) => r.address),
    rules: probes.filter((p) => p.validation.type !== "None").map((p) => p.a),
    links: probes.filter((p) => p.range.hyperlink !== null).map((p) => p.a),
  };
}

describe("annotations: comments, notes, data validation and hyperlinks", () => {
  test("move with inserted and deleted cells and with a sort, as their cells do", async () => {
    const { Excel } = setup();
    await Excel.run(async (context) => {
      await annotated(context);
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("A1:F1").insert("Down"); // row 2 moves to row 3
      sheet.getRange("A1:A6").insert("Right"); // B..E move to C..F
      expect(await where(context)).toEqual({ comments: ["Sheet1!C3"], notes: ["Sheet1!D3"], rules: ["E3"], links: ["F3"] });
      sheet.getRange("A1:F1").delete("Up"); // back to row 2
      expect(await where(context)).toEqual({ comments: ["Sheet1!C2"], notes: ["Sheet1!D2"], rules: ["E2"], links: ["F2"] });
      // A sort moves them with their rows: row 2 ("b") goes below row 3 ("a").
      sheet.getRange("A2:F3").values = [["b", "", "", "", "", ""], ["a", "", "", "", "", ""]];
      sheet.getRange("A2:F3").sort.apply([{ key: 0, ascending: true }]);
      expect(await where(context)).toEqual({ comments: ["Sheet1!C3"], notes: ["Sheet1!D3"], rules: ["E3"], links: ["F3"] });
      // The comment keeps its text and is found by its cell.
      const comment = context.workbook.comments.getItemByCell("Sheet1!C3").load("content");
      await context.sync();
      expect(comment.content).toBe("check the leave days");
    });
  });

  test("go with their cells when the cells are deleted", async () => {
    const { Excel } = setup();
    await Excel.run(async (context) => {
      await annotated(context);
      context.workbook.worksheets.getItem("Sheet1").getRange("A2:F2").delete("Up");
      expect(await where(context)).toEqual({ comments: [], notes: [], rules: [], links: [] });
    });
  });

  test.each([
    ["Contents", { comments: ["Sheet1!B2"], notes: ["Sheet1!C2"], rules: ["D2"], links: ["E2"] }],
    ["Formats", { comments: ["Sheet1!B2"], notes: ["Sheet1!C2"], rules: ["D2"], links: ["E2"] }],
    ["Hyperlinks", { comments: ["Sheet1!B2"], notes: ["Sheet1!C2"], rules: ["D2"], links: [] }],
    ["RemoveHyperlinks", { comments: ["Sheet1!B2"], notes: ["Sheet1!C2"], rules: ["D2"], links: [] }],
    ["All", { comments: [], notes: [], rules: [], links: [] }],
  ] as const)('Range.clear("%s") removes what Excel.ClearApplyTo says', async (applyTo, left) => {
    const { Excel } = setup();
    await Excel.run(async (context) => {
      await annotated(context);
      context.workbook.worksheets.getItem("Sheet1").getRange("A2:F2").clear(applyTo);
      expect(await where(context)).toEqual(left);
    });
  });

  test("dataValidation.clear(), Comment.delete() and Note.delete() remove only their own", async () => {
    const { Excel } = setup();
    await Excel.run(async (context) => {
      await annotated(context);
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("A1:F6").dataValidation.clear();
      context.workbook.comments.getItemByCell("Sheet1!B2").delete();
      expect(await where(context)).toEqual({ comments: [], notes: ["Sheet1!C2"], rules: [], links: ["E2"] });
      sheet.notes.getItem("C2").delete();
      expect((await where(context)).notes).toEqual([]);
    });
  });

  test("a rule reads back with its type; a range whose cells differ is Inconsistent", async () => {
    const { Excel } = setup();
    await Excel.run(async (context) => {
      await annotated(context);
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      const one = sheet.getRange("D2").dataValidation.load("rule, type");
      const mixed = sheet.getRange("C2:D2").dataValidation.load("type");
      await context.sync();
      expect([one.type, one.rule.wholeNumber?.formula1, mixed.type]).toEqual(["WholeNumber", 0, "Inconsistent"]);
    });
  });

  test("a comment or note goes on one cell that has neither; from the workbook the address names its sheet", async () => {
    const { Excel } = setup();
    await Excel.run(async (context) => {
      await annotated(context);
      context.workbook.comments.add("Sheet1!A1:A2", "two cells");
      expect((await rejection(context.sync())).code).toBe("InvalidArgument");
      context.workbook.comments.add("A1", "no sheet");
      expect((await rejection(context.sync())).code).toBe("InvalidArgument");
      context.workbook.comments.add("Sheet1!C2", "C2 has a note");
      expect((await rejection(context.sync())).code).toBe("InvalidOperation");
      context.workbook.comments.getItemByCell("Sheet1!A1").load("content");
      expect((await rejection(context.sync())).code).toBe("ItemNotFound");
      const count = context.workbook.comments.getCount();
      await context.sync();
      expect(count.value).toBe(1);
    });
  });
});
