/** Moving the grid's selection with Excel's keys. */
import { rect } from "../../../src/engine/sheet/address";
import { moveSelection, selectedArea, selectionOf, single, type Selection } from "../../../src/workbench/grid/selection";

const at = (row: number, col: number): Selection => single({ row, col });
const used = rect(0, 0, 73, 20); // A1:T73
const move = (selection: Selection, key: string, mods: { shift?: boolean; ctrl?: boolean } = {}) =>
  moveSelection(selection, { key, shift: mods.shift ?? false, ctrl: mods.ctrl ?? false }, used, 25);

it("moves one cell with the arrows, never off the sheet", () => {
  expect(move(at(5, 5), "ArrowDown")).toEqual(at(6, 5));
  expect(move(at(5, 5), "ArrowLeft")).toEqual(at(5, 4));
  expect(move(at(0, 0), "ArrowUp")).toEqual(at(0, 0));
  expect(move(at(0, 0), "ArrowLeft")).toEqual(at(0, 0));
});

it("jumps with Ctrl to the edges of the used range, Home to column A, Ctrl+Home to A1, Ctrl+End to T73", () => {
  expect(move(at(5, 5), "ArrowDown", { ctrl: true })).toEqual(at(72, 5));
  expect(move(at(5, 5), "ArrowRight", { ctrl: true })).toEqual(at(5, 19));
  expect(move(at(5, 5), "ArrowUp", { ctrl: true })).toEqual(at(0, 5));
  expect(move(at(5, 5), "Home")).toEqual(at(5, 0));
  expect(move(at(5, 5), "Home", { ctrl: true })).toEqual(at(0, 0));
  expect(move(at(5, 5), "End", { ctrl: true })).toEqual(at(72, 19));
  expect(move(at(5, 5), "End")).toBeNull();
});

it("pages by the page size", () => {
  expect(move(at(5, 5), "PageDown")).toEqual(at(30, 5));
  expect(move(at(30, 5), "PageUp")).toEqual(at(5, 5));
  expect(move(at(5, 5), "PageUp")).toEqual(at(0, 5));
});

it("extends the range with Shift, keeping the active cell", () => {
  const extended = move(move(at(2, 1), "ArrowDown", { shift: true })!, "ArrowRight", { shift: true })!;
  expect(extended).toEqual({ active: { row: 2, col: 1 }, extent: { row: 3, col: 2 } });
  expect(selectedArea(extended)).toEqual(rect(2, 1, 2, 2));
  // a range dragged up and left covers the same rectangle
  expect(selectedArea({ active: { row: 3, col: 2 }, extent: { row: 2, col: 1 } })).toEqual(rect(2, 1, 2, 2));
});

it("leaves other keys alone, and reads the model's range as a selection from its top left", () => {
  expect(move(at(1, 1), "a")).toBeNull();
  expect(selectionOf(rect(2, 1, 2, 2))).toEqual({ active: { row: 2, col: 1 }, extent: { row: 3, col: 2 } });
});
