/**
 * One axis of the grid (rows or columns): where each item starts, in pixels, and which items a
 * scrolled viewport shows. The model keeps sizes in points; the screen has 96 pixels per inch
 * against 72 points, so a 15 pt row is 20 px and a 48 pt column 64 px, as in Excel at 100 %.
 */

export const pixels = (points: number): number => Math.round((points * 4) / 3);

export class Axis {
  /** starts[i] is where item i begins; starts[count] is the total length. */
  private readonly starts: Float64Array;

  constructor(
    readonly count: number,
    sizeOf: (index: number) => number,
  ) {
    this.starts = new Float64Array(count + 1);
    for (let i = 0; i < count; i++) this.starts[i + 1] = this.starts[i] + sizeOf(i);
  }

  start(index: number): number {
    return this.starts[Math.max(0, Math.min(index, this.count))];
  }

  size(index: number): number {
    return this.start(index + 1) - this.start(index);
  }

  get total(): number {
    return this.starts[this.count];
  }

  /** The item at `offset` (the last one beyond the end, the first before the start). */
  indexAt(offset: number): number {
    let [low, high] = [0, this.count - 1];
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (this.starts[mid] <= offset) low = mid;
      else high = mid - 1;
    }
    return Math.max(0, low);
  }

  /**
   * The scrolling items a viewport of `length` px shows when scrolled by `scroll` px, past
   * `frozen` items that stay in place at the start, with `overscan` more on each side.
   */
  visible(scroll: number, length: number, frozen: number, overscan = 0): { first: number; last: number } {
    const frozenLength = this.start(frozen);
    const first = Math.max(frozen, this.indexAt(scroll + frozenLength) - overscan);
    // The viewport ends before scroll + length: an item starting there is not in view.
    const last = Math.min(this.count - 1, this.indexAt(scroll + Math.max(length, 1) - 1) + overscan);
    return { first, last: Math.max(first - 1, last) };
  }

  /** The scroll offset that brings `index` into a viewport of `length` px (frozen items stay in front), or `scroll` when it is in view. */
  scrollTo(index: number, scroll: number, length: number, frozen: number): number {
    if (index < frozen) return scroll;
    const top = this.start(index) - this.start(frozen);
    const bottom = this.start(index + 1) - length;
    if (top < scroll) return top;
    if (bottom > scroll) return Math.min(bottom, top);
    return scroll;
  }
}
