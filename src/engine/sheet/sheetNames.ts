/** Names for the sheets and tables TeleScore adds, never taking one that exists. */

/** Excel's longest sheet name. */
const MAX_SHEET_NAME = 31;

/**
 * `wanted`, or the first of "wanted (2)", "wanted (3)"... that no sheet has (sheet names compare
 * ignoring case, as Excel's do); `wanted` is shortened where the suffix would pass 31 characters.
 */
export function freeSheetName(wanted: string, taken: readonly string[]): string {
  const used = new Set(taken.map((n) => n.toLowerCase()));
  const named = (suffix: string): string => `${wanted.slice(0, MAX_SHEET_NAME - suffix.length)}${suffix}`;
  let name = named("");
  for (let n = 2; used.has(name.toLowerCase()); n++) name = named(` (${n})`);
  return name;
}

/** `wanted`, or "wanted_2", "wanted_3"... : table names and defined names share one namespace, compared ignoring case. */
export function freeTableName(wanted: string, taken: readonly string[]): string {
  const used = new Set(taken.map((n) => n.toLowerCase()));
  let name = wanted;
  for (let n = 2; used.has(name.toLowerCase()); n++) name = `${wanted}_${n}`;
  return name;
}
