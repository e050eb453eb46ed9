/**
 * The rows of a call log seen so far, kept as a 64-bit hash of their mapped cells and the row each
 * was first seen in, so that finding repeated rows costs 12 bytes a slot in typed arrays (at most
 * half full: under 24 bytes per distinct row, about 48 MB for 2,000,000 calls) instead of each row's
 * text (docs/review.md, "Importing a CSV file"). Two different rows share a hash with a chance of
 * about n² / 2⁶⁵ (one in ten million for two million rows).
 */
const EMPTY = 0;

/** Two 32-bit FNV-1a style hashes with different primes, each finished with murmur3's avalanche step. */
function hashes(text: string): [number, number] {
  let a = 0x811c9dc5;
  let b = 0x9747b28c;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995);
  }
  const mix = (h: number): number => {
    h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
    h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
    return (h ^ (h >>> 16)) >>> 0;
  };
  return [mix(a), mix(b)];
}

export class RowHashes {
  private hi = new Uint32Array(1024);
  private lo = new Uint32Array(1024);
  /** The row a slot's key was first seen in; 0 marks an empty slot (rows are numbered from 1). */
  private rows = new Uint32Array(1024);
  private size = 0;

  /** The row an identical key was first seen in, or undefined after recording `row` as its first. */
  firstSeen(key: string, row: number): number | undefined {
    const [h, l] = hashes(key);
    const mask = this.rows.length - 1;
    let i = l & mask;
    while (this.rows[i] !== EMPTY) {
      if (this.lo[i] === l && this.hi[i] === h) return this.rows[i];
      i = (i + 1) & mask;
    }
    this.hi[i] = h;
    this.lo[i] = l;
    this.rows[i] = row;
    this.size += 1;
    if (this.size * 2 > this.rows.length) this.grow();
    return undefined;
  }

  private grow(): void {
    const { hi, lo, rows } = this;
    this.hi = new Uint32Array(rows.length * 2);
    this.lo = new Uint32Array(rows.length * 2);
    this.rows = new Uint32Array(rows.length * 2);
    const mask = this.rows.length - 1;
    for (let j = 0; j < rows.length; j++) {
      if (rows[j] === EMPTY) continue;
      let i = lo[j] & mask;
      while (this.rows[i] !== EMPTY) i = (i + 1) & mask;
      this.hi[i] = hi[j];
      this.lo[i] = lo[j];
      this.rows[i] = rows[j];
    }
  }
}
