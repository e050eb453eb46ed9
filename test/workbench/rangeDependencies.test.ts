/**
 * The shared-range shortcut in the workbench's dependency graph (src/workbench/excel/rangeDependencies.ts)
 * must give exactly what HyperFormula gives without it: the same script of edits runs on a plain
 * HyperFormula and on one with the shortcut, and every value of the sheet is compared after each step.
 */
import { HyperFormula, type RawCellContent } from "hyperformula";
import { shareRangeVertices } from "../../src/workbench/excel/rangeDependencies";

type Engine = HyperFormula;
type Step = [string, (hf: Engine) => void];

const A = (row: number, col = 0) => ({ sheet: 0, row, col });

/** Formulas in column C..F reading ranges of column A that many of them share, and one that grows from another (A1:A5 after A1:A4). */
const formulas = (rows: number): RawCellContent[][] =>
  Array.from({ length: rows }, (_, r) => [
    `=SUM($A$1:$A$${rows})`,
    `=COUNTIF($A$1:$A$${rows},">"&A${r + 1})+1`,
    `=MAX($A$1:$A$${rows - 1})-A${r + 1}`,
    `=SUMPRODUCT($A$1:$A$${rows},$B$1:$B$${rows})`,
  ]);

const STEPS: Step[] = [
  ["values first", (hf) => hf.setCellContents(A(0), Array.from({ length: 8 }, (_, r) => [r * 3 - 4, r % 2]))],
  ["formulas sharing ranges", (hf) => hf.setCellContents(A(0, 2), formulas(8))],
  ["a smaller range, then a larger one that grows from it", (hf) => hf.setCellContents(A(0, 7), [["=SUM($A$1:$A$4)"], ["=SUM($A$1:$A$5)"], ["=SUM($A$1:$A$5)"]])],
  ["a value of the shared range changes", (hf) => hf.setCellContents(A(2), [[100]])],
  ["a cell of the range emptied", (hf) => hf.setCellContents(A(5), [[null]])],
  ["an emptied cell written again", (hf) => hf.setCellContents(A(5), [[-50]])],
  ["rows inserted inside the range", (hf) => hf.addRows(0, [3, 2])],
  ["the inserted rows filled", (hf) => hf.setCellContents(A(3), [[7, 1], [8, 1]])],
  ["a row of the range removed", (hf) => hf.removeRows(0, [1, 1])],
  ["every formula over the range overwritten, then written again (the range vertex goes and comes back)", (hf) => {
    hf.setCellContents(A(0, 2), Array.from({ length: 9 }, () => [1, 2, 3, 4]));
    hf.setCellContents(A(0, 2), formulas(9));
  }],
  ["more formulas over an existing range, in one batch with a change of its cells", (hf) => hf.batch(() => {
    hf.setCellContents(A(0, 9), Array.from({ length: 9 }, (_, r) => [`=COUNTIF($A$1:$A$9,"<"&A${r + 1})`]));
    hf.setCellContents(A(8), [[1000]]);
  })],
  ["the block moved", (hf) => hf.moveCells({ start: A(0), end: A(8, 1) }, A(20))],
  ["columns inserted before the formulas", (hf) => hf.addColumns(0, [2, 1])],
];

function build(shortcut: boolean): { hf: Engine; installed: boolean } {
  const hf = HyperFormula.buildEmpty({ licenseKey: "gpl-v3" });
  hf.addSheet("S");
  return { hf, installed: shortcut ? shareRangeVertices(hf) : false };
}

test("formulas sharing a range give HyperFormula's own values through writes, emptied cells, inserted, removed and moved rows", () => {
  const plain = build(false);
  const shared = build(true);
  expect(shared.installed).toBe(true);
  for (const [what, step] of STEPS) {
    step(plain.hf);
    step(shared.hf);
    expect({ what, values: shared.hf.getSheetValues(0) }).toEqual({ what, values: plain.hf.getSheetValues(0) });
  }
  // The script did compute something: the sheet holds numbers beyond its inputs.
  expect(plain.hf.getSheetValues(0).flat().filter((v) => typeof v === "number").length).toBeGreaterThan(60);
});

test("without the methods it relies on, the shortcut is not installed and HyperFormula is left as it is", () => {
  const hf = HyperFormula.buildEmpty({ licenseKey: "gpl-v3" });
  const graph = (hf as unknown as { dependencyGraph: { processCellDependencies: unknown; getRange: unknown } }).dependencyGraph;
  const process = graph.processCellDependencies;
  graph.getRange = undefined;
  expect(shareRangeVertices(hf)).toBe(false);
  expect(graph.processCellDependencies).toBe(process);
});
