import fc from "fast-check";
import { HyperFormula } from "hyperformula";
import { countWorkdays, dateToSerial, monthOfSerial, serialToDate } from "../../src/engine/workdays";
import { scoreError } from "../support/scoreErrors";

// Serials worked out by hand from two known anchors, 2024-01-01 = 45292 and 2025-01-01 = 45658
// (45658 - 45292 = 366, 2024 being a leap year). Weekday: serial % 7, 0 = Sat, 1 = Sun, 2..6 = Mon..Fri.
// 2024-10-01 = 45292 + (31+29+31+30+31+30+31+31+30 = 274) = 45566; 45566 % 7 = 3 -> Tuesday.
const OCT_1_2024 = 45566;
const OCT_31_2024 = 45596;
const oct = (day: number): number => OCT_1_2024 + day - 1;
const SEP_1_2024 = 45536; // 45566 - 30; 45536 % 7 = 1 -> Sunday
const sep = (day: number): number => SEP_1_2024 + day - 1;
const JAN_1_2025 = 45658; // 45658 % 7 = 4 -> Wednesday
const jan25 = (day: number): number => JAN_1_2025 + day - 1;
const FEB_1_2025 = 45689; // 45658 + 31; 45689 % 7 = 0 -> Saturday
const feb25 = (day: number): number => FEB_1_2025 + day - 1;

// China 2024 (State Council notice): Mid-Autumn 15–17 Sep off, make-up Sat 14 Sep;
// National Day 1–7 Oct off, make-up Sun 29 Sep and Sat 12 Oct.
const CN_2024_HOLIDAYS = [sep(15), sep(16), sep(17), ...[1, 2, 3, 4, 5, 6, 7].map(oct)];
const CN_2024_MAKEUP = [sep(14), sep(29), oct(12)];
// China 2025: New Year 1 Jan off; Spring Festival 28 Jan – 4 Feb off, make-up Sun 26 Jan and Sat 8 Feb.
const CN_2025_HOLIDAYS = [jan25(1), jan25(28), jan25(29), jan25(30), jan25(31), feb25(1), feb25(2), feb25(3), feb25(4)];
const CN_2025_MAKEUP = [jan25(26), feb25(8)];

describe("serialToDate / dateToSerial / monthOfSerial", () => {
  it("follow Excel's 1900 date system, its fictitious 1900-02-29 included", () => {
    expect(serialToDate(1)).toEqual({ year: 1900, month: 1, day: 1 });
    expect(serialToDate(59)).toEqual({ year: 1900, month: 2, day: 28 });
    expect(serialToDate(60)).toEqual({ year: 1900, month: 2, day: 29 });
    expect(serialToDate(61)).toEqual({ year: 1900, month: 3, day: 1 });
    expect(serialToDate(0)).toEqual({ year: 1900, month: 1, day: 0 });
    expect(dateToSerial(1900, 1, 1)).toBe(1);
    expect(dateToSerial(1900, 2, 29)).toBe(60);
    expect(dateToSerial(1900, 3, 1)).toBe(61);
  });

  it("match the hand-computed modern serials", () => {
    expect(serialToDate(45292)).toEqual({ year: 2024, month: 1, day: 1 });
    expect(serialToDate(OCT_1_2024)).toEqual({ year: 2024, month: 10, day: 1 });
    // 2024-02-29 = 45292 + 31 + 28 = 45351
    expect(serialToDate(45351)).toEqual({ year: 2024, month: 2, day: 29 });
    // 2025-02-28 = 45689 + 27 = 45716
    expect(dateToSerial(2025, 2, 28)).toBe(45716);
    expect(dateToSerial(2025, 1, 1)).toBe(JAN_1_2025);
    expect(serialToDate(2958465)).toEqual({ year: 9999, month: 12, day: 31 });
  });

  it("drop the time of day", () => {
    expect(serialToDate(OCT_1_2024 + 0.99)).toEqual({ year: 2024, month: 10, day: 1 });
    expect(monthOfSerial(OCT_31_2024 + 0.5)).toBe(10);
    expect(monthOfSerial(60)).toBe(2);
  });

  it("round-trip across the whole date range", () => {
    for (let s = 1; s <= 2958465; s += 997) {
      const { year, month, day } = serialToDate(s);
      expect(dateToSerial(year, month, day)).toBe(s);
    }
  });

  it("reject dates outside 1900-01-01..9999-12-31 and impossible dates", () => {
    expect(() => serialToDate(-1)).toThrow(scoreError("num", "(got -1)"));
    expect(() => serialToDate(2958466)).toThrow(scoreError("num", "9999-12-31"));
    expect(() => dateToSerial(2023, 2, 29)).toThrow(scoreError("num", "2023-2-29"));
    expect(() => dateToSerial(1899, 12, 31)).toThrow(scoreError("num", "1899-12-31"));
    expect(() => dateToSerial(2024, 13, 1)).toThrow(scoreError("num", "2024-13-1"));
  });
});

describe("countWorkdays", () => {
  it("counts Monday–Friday, both ends inclusive", () => {
    // October 2024, Tue 1 .. Thu 31: 1–4 (4) + 7–11 (5) + 14–18 (5) + 21–25 (5) + 28–31 (4) = 23
    expect(countWorkdays(OCT_1_2024, OCT_31_2024, [], [])).toBe(23);
    // 2024, Mon 1 Jan .. Tue 31 Dec (366 days): 52 weeks x 5 = 260, plus Mon 30 and Tue 31 Dec = 262
    expect(countWorkdays(45292, 45292 + 365, [], [])).toBe(262);
  });

  it("counts China's October 2024: 1–7 Oct off, Sat 12 Oct worked, Sun 29 Sep outside the month", () => {
    // 23 weekdays - 5 weekday holidays (Tue 1, Wed 2, Thu 3, Fri 4, Mon 7; Sat 5 / Sun 6 were off anyway)
    // + 1 make-up (Sat 12 Oct) = 19; Sun 29 Sep is out of range and adds nothing
    expect(countWorkdays(OCT_1_2024, OCT_31_2024, CN_2024_HOLIDAYS, CN_2024_MAKEUP)).toBe(19);
  });

  it("counts China's September 2024 with the same year-long lists", () => {
    // Sun 1 .. Mon 30 Sep: 2–6, 9–13, 16–20, 23–27 (4 x 5 = 20) + Mon 30 = 21 weekdays
    // - Mon 16, Tue 17 (Sun 15 was off anyway) + Sat 14, Sun 29 = 21 - 2 + 2 = 21
    expect(countWorkdays(sep(1), sep(30), CN_2024_HOLIDAYS, CN_2024_MAKEUP)).toBe(21);
  });

  it("counts China's January and February 2025 (Spring Festival)", () => {
    // January, Wed 1 .. Fri 31: 1–3 (3) + 6–10, 13–17, 20–24, 27–31 (4 x 5) = 23 weekdays
    // - Wed 1 - Tue 28, Wed 29, Thu 30, Fri 31 + Sun 26 = 23 - 5 + 1 = 19
    expect(countWorkdays(jan25(1), jan25(31), CN_2025_HOLIDAYS, CN_2025_MAKEUP)).toBe(19);
    // February, Sat 1 .. Fri 28: 4 full weeks = 20 weekdays - Mon 3, Tue 4 (Sat 1, Sun 2 off anyway) + Sat 8 = 19
    expect(countWorkdays(feb25(1), feb25(28), CN_2025_HOLIDAYS, CN_2025_MAKEUP)).toBe(19);
  });

  it("is negative when start is after end, like NETWORKDAYS", () => {
    // the October 2024 count reversed: -19
    expect(countWorkdays(OCT_31_2024, OCT_1_2024, CN_2024_HOLIDAYS, CN_2024_MAKEUP)).toBe(-19);
  });

  it("counts a single day as 1 or 0", () => {
    expect(countWorkdays(oct(8), oct(8), [], [])).toBe(1); // Tuesday
    expect(countWorkdays(oct(12), oct(12), [], [])).toBe(0); // Saturday
    expect(countWorkdays(oct(12), oct(12), [], [oct(12)])).toBe(1); // make-up Saturday
    expect(countWorkdays(oct(1), oct(1), [oct(1)], [])).toBe(0); // holiday Tuesday
  });

  it("ignores weekend holidays, weekday make-up days and duplicates", () => {
    // Sat 5 Oct as a holiday: weekend anyway -> 23
    expect(countWorkdays(OCT_1_2024, OCT_31_2024, [oct(5)], [])).toBe(23);
    // Tue 8 Oct as a make-up day: a workday anyway -> 23
    expect(countWorkdays(OCT_1_2024, OCT_31_2024, [], [oct(8)])).toBe(23);
    // Tue 1 twice, Wed 2 once: 23 - 2 = 21; Sat 12 twice as make-up: 23 + 1 = 24
    expect(countWorkdays(OCT_1_2024, OCT_31_2024, [oct(1), oct(1), oct(2)], [])).toBe(21);
    expect(countWorkdays(OCT_1_2024, OCT_31_2024, [], [oct(12), oct(12)])).toBe(24);
  });

  it("treats a date in both lists as a holiday", () => {
    // Sat 12 Oct in both: a holiday on a Saturday neither subtracts nor adds: 23 - 5 (1–7 Oct) = 18
    expect(countWorkdays(OCT_1_2024, OCT_31_2024, [...CN_2024_HOLIDAYS, oct(12)], CN_2024_MAKEUP)).toBe(18);
    // Tue 8 Oct in both: the holiday subtracts: 23 - 1 = 22
    expect(countWorkdays(OCT_1_2024, OCT_31_2024, [oct(8)], [oct(8)])).toBe(22);
  });

  it("drops the time of day from every date", () => {
    // 1 Oct 18:00 .. 31 Oct 04:48 is still 1..31 Oct -> 23; a holiday at noon on Tue 1 Oct still counts: 22
    expect(countWorkdays(OCT_1_2024 + 0.75, OCT_31_2024 + 0.2, [], [])).toBe(23);
    expect(countWorkdays(OCT_1_2024, OCT_31_2024, [oct(1) + 0.5], [])).toBe(22);
  });

  it("follows Excel's weekdays before March 1900", () => {
    // Excel takes serial 1 (1900-01-01) for a Sunday: serials 1..7 = Sun..Sat -> 5
    expect(countWorkdays(1, 7, [], [])).toBe(5);
    // 57 Sun, 58 Mon, 59 Tue, 60 (the fictitious 29 Feb) Wed, 61 (1 Mar 1900, a real Thursday) Thu, 62 Fri, 63 Sat -> 5
    expect(countWorkdays(57, 63, [], [])).toBe(5);
  });

  it("rejects dates outside Excel's range, naming the parameter", () => {
    expect(() => countWorkdays(-1, 10, [], [])).toThrow(scoreError("num", "start must be a date"));
    expect(() => countWorkdays(1, 10, [3e6], [])).toThrow(scoreError("num", "holidays must be a date"));
    expect(() => countWorkdays(1, 10, [], [Number.NaN])).toThrow(scoreError("num", "makeup_days must be a date"));
  });

  it("agrees with HyperFormula's NETWORKDAYS on random ranges and holidays (from March 1900 on)", () => {
    // An independent implementation of the same Excel function; make-up days have no NETWORKDAYS counterpart.
    const hf = HyperFormula.buildEmpty({ licenseKey: "gpl-v3" });
    const sheet = hf.getSheetId(hf.addSheet("check")) as number;
    const range = fc.record({
      start: fc.integer({ min: 61, max: 47500 }),
      length: fc.integer({ min: -60, max: 400 }),
      offsets: fc.array(fc.integer({ min: -10, max: 400 }), { maxLength: 10 }),
    });
    fc.assert(
      fc.property(range, ({ start, length, offsets }) => {
        const end = start + length;
        const holidays = offsets.map((o) => start + o).filter((h) => h >= 61);
        const column = Array.from({ length: 10 }, (_, i) => [null, null, holidays[i] ?? null]);
        hf.setSheetContent(sheet, [[start, end, "=NETWORKDAYS(A1,B1,C2:C11)"], ...column]);
        expect(countWorkdays(start, end, holidays, [])).toBe(hf.getCellValue({ sheet, row: 0, col: 2 }));
      }),
      { seed: 20241001, numRuns: 300 },
    );
  });
});
