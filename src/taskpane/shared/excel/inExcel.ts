/**
 * The one "is Excel here?" test of the pane. Outside Office (a browser tab, the tests) Office.js
 * defines no `Excel` global; the Excel global is read only under excel/ folders (docs/checks.md).
 */
export function inExcel(): boolean {
  return typeof Excel !== "undefined";
}
