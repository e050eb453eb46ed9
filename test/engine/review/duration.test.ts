import { kindOf } from "../../support/scoreErrors";
import { durationMillis, toMinutes, unitFromNumberFormat } from "../../../src/engine/review/duration";

describe("durations", () => {
  it("reads an Excel time fraction exactly to the second", () => {
    // 0:02:23 is stored as 143/86400 of a day; 143 s = 143,000 ms = 2.38333… min
    expect(durationMillis(143 / 86400, "time", "t")).toBe(143_000);
    expect(toMinutes(143 / 86400, "time", "t")).toBe(143 / 60);
    // a [h]:mm:ss total past a day: 25:00:00 = 25/24 of a day = 1,500 minutes
    expect(toMinutes(25 / 24, "time", "t")).toBe(1500);
  });

  it("reads h:mm:ss text as a clock, and two parts as h:mm like Excel", () => {
    expect(durationMillis("0:02:23", "minutes", "t")).toBe(143_000);
    expect(durationMillis("25:00:00", "seconds", "t")).toBe(90_000_000); // 25 h = 90,000 s
    expect(toMinutes("2:30", "seconds", "t")).toBe(150); // 2 h 30 min
    expect(durationMillis("１:０２:０３", "minutes", "t")).toBe(3_723_000); // full width: 3600 + 120 + 3 = 3723 s
  });

  it("reads seconds, minutes and hours by the column's unit", () => {
    expect(toMinutes(90, "seconds", "t")).toBe(1.5);
    expect(toMinutes("1,230", "minutes", "t")).toBe(1230);
    expect(toMinutes(1234.56, "minutes", "t")).toBe(1234.56); // 74,073,600 ms / 60,000
    expect(toMinutes(2.5, "hours", "t")).toBe(150);
  });

  it("blank is null; negatives, booleans and other text are errors naming the column", () => {
    expect(durationMillis(null, "minutes", "t")).toBeNull();
    expect(durationMillis("", "minutes", "t")).toBeNull();
    expect(kindOf(() => durationMillis(-5, "minutes", "通话时长"))).toBe("num");
    expect(kindOf(() => durationMillis(true, "minutes", "t"))).toBe("value");
    expect(() => durationMillis("two minutes", "minutes", "通话时长")).toThrow(/通话时长/);
    expect(kindOf(() => durationMillis("1:75:00", "minutes", "t"))).toBe("value"); // 75 minutes is no clock reading
  });

  it("recognises time number formats", () => {
    expect(unitFromNumberFormat("h:mm:ss")).toBe("time");
    expect(unitFromNumberFormat("[h]:mm:ss")).toBe("time");
    expect(unitFromNumberFormat("mm:ss")).toBe("time");
    expect(unitFromNumberFormat("[mm]")).toBe("time");
    expect(unitFromNumberFormat("General")).toBeNull();
    expect(unitFromNumberFormat("#,##0.00")).toBeNull();
    expect(unitFromNumberFormat('0 "h:s"')).toBeNull(); // a quoted literal is not a code
    expect(unitFromNumberFormat("[Red]0.00")).toBeNull();
    expect(unitFromNumberFormat(null)).toBeNull();
  });
});
