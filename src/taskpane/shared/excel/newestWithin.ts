/**
 * Keeps a setting that grows with use (saved versions, review records, remembered choices) within
 * a size: all of an add-in's settings share about 2 MB (docs/security.md), so each such list is
 * capped and loses its oldest entries first.
 */

/**
 * The newest items — the last ones — whose JSON array fits `limit` characters; the last `keep`
 * items stay whatever their size.
 */
export function newestWithin<T>(items: readonly T[], limit: number, keep = 1): T[] {
  const sizes = items.map((item) => JSON.stringify(item).length + 1); // + 1: the comma (or a bracket)
  let total = 1 + sizes.reduce((a, b) => a + b, 0);
  let first = 0;
  while (total > limit && first < items.length - keep) total -= sizes[first++];
  return items.slice(first);
}
