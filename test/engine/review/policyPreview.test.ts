/**
 * Suggested baselines and the what-if of a policy edit, on small teams worked out by hand
 * (default policy: Junior 1800 calls / 1500 talk minutes / 120 customers; min_presence 0.5).
 */
import type { CellValue } from "../../../src/engine/input";
import { defaultPolicy } from "../../../src/engine/policy";
import { mapHeaders } from "../../../src/engine/review/headerMapping";
import { parsePeriod } from "../../../src/engine/review/period";
import { median, suggestBaselines, whatIf } from "../../../src/engine/review/policyPreview";
import { readRecords } from "../../../src/engine/review/records";

const HEADERS = ["Rep ID", "Position", "Month", "Calls", "Workdays", "Leave days", "Revenue", "Sales target"];
const read = (rows: CellValue[][]) => readRecords({ headers: HEADERS, rows, firstRow: 2 }, mapHeaders(HEADERS));

test("median is Excel's MEDIAN", () => {
  expect(median([3, 1, 2])).toBe(2);
  expect(median([4, 1, 3, 2])).toBe(2.5);
  expect(median([])).toBeNull();
});

describe("suggestBaselines", () => {
  // Juniors: July 1600, 1800, 2000 (median 1800); August 2000, 2200 (median 2100); one August rep
  // on half leave with 1100 calls counts at the pace 1100 / 0.5 = 2200, so August: 2000, 2200, 2200 -> 2200.
  // Another on 16 of 20 days' leave (presence 0.2 < 0.5) is left out. Base: median(1800, 2200) = 2000;
  // seasonal: July 1800 / 2000 = 0.9, August 2200 / 2000 = 1.1, other months 1.
  const rows: CellValue[][] = [
    ["J1", "Junior", "2026-07", 1600, 20, 0],
    ["J2", "Junior", "2026-07", 1800, 20, 0],
    ["J3", "junior", "2026-07", 2000, null, null],
    ["J1", "Junior", "2026-08", 2000, 20, 0],
    ["J2", "Junior", "2026-08", 2200, 20, 0],
    ["J3", "Junior", "2026-08", 1100, 20, 10],
    ["J4", "Junior", "2026-08", 100, 20, 16],
    ["S1", "Senior", "2026-06", 5000, 20, 0], // outside the last 2 months
  ];

  it("takes the median per position and month, paced for leave, and seasonal factors from the months", () => {
    const { records } = read(rows);
    const [junior, senior] = suggestBaselines(records, defaultPolicy(), 2);
    expect(junior.position).toBe("Junior");
    expect(junior.values.calls).toEqual({ suggested: 2000, current: 1800 });
    expect(junior.values.talk_minutes).toEqual({ suggested: null, current: 1500 });
    expect(junior.seasonal[6]).toBeCloseTo(0.9, 12);
    expect(junior.seasonal[7]).toBeCloseTo(1.1, 12);
    expect(junior.seasonal.filter((_, i) => i !== 6 && i !== 7)).toEqual(Array(10).fill(1));
    expect({ reps: junior.reps, months: junior.months }).toEqual({ reps: 3, months: 2 }); // J4's only month was left out
    expect(senior.values.calls).toEqual({ suggested: null, current: 2000 });
    expect({ reps: senior.reps, months: senior.months }).toEqual({ reps: 0, months: 0 });
  });

  it("uses more months when asked", () => {
    const { records } = read(rows);
    expect(suggestBaselines(records, defaultPolicy(), 3)[1].values.calls.suggested).toBe(5000);
  });
});

describe("whatIf", () => {
  // Calls only: J1 1620 / 1800 = 90 (A); J2 1530 -> 85 (B); J3 1000 -> 55.56 (E).
  const rows: CellValue[][] = [
    ["J1", "Junior", "2026-07", 1620],
    ["J2", "Junior", "2026-07", 1530],
    ["J3", "Junior", "2026-07", 1000],
  ];

  it("lists the grade distribution before and after, and the reps whose grade changes", () => {
    const { records, problems } = read(rows);
    const saved = defaultPolicy();
    const edited = defaultPolicy();
    edited.bands[1].min = 85.01; // B from 85.01: J2's 85 falls to C
    edited.baselines[0].values.calls = 1700; // J3: 1000 / 1700 = 58.82, still E
    const x = whatIf(records, problems, parsePeriod("2026-07"), saved, edited);
    expect(x.reps).toBe(3);
    // J1 under the edit: 1620 / 1700 = 95.29 (A); J2: 1530 / 1700 = 90 -> A
    expect(x.changed).toEqual([{ repKey: expect.any(String), repName: null, repId: "J2", before: "B", after: "A", totalBefore: 85, totalAfter: 90 }]);
    expect(x.distribution).toEqual([
      { grade: "A", before: 1, after: 2 },
      { grade: "B", before: 1, after: 0 },
      { grade: "C", before: 0, after: 0 },
      { grade: "D", before: 0, after: 0 },
      { grade: "E", before: 1, after: 1 },
    ]);
  });
});
