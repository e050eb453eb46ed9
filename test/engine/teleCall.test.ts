import { rect } from "../../src/engine/sheet/address";
import { findTeleCall } from "../../src/engine/sheet/teleCall";

describe("findTeleCall", () => {
  it("splits the call's arguments: references, constants, omitted, arrays", () => {
    expect(findTeleCall('=TELE.METRIC_SCORE("sales.revenue", B7, , $C$2, 7)')).toEqual({
      id: "METRIC_SCORE",
      args: [
        { kind: "constant", text: '"sales.revenue"', value: "sales.revenue" },
        { kind: "reference", text: "B7", sheet: undefined, rect: rect(6, 1) },
        { kind: "omitted", text: "" },
        { kind: "reference", text: "$C$2", sheet: undefined, rect: rect(1, 2) },
        { kind: "constant", text: "7", value: 7 },
      ],
    });
    expect(findTeleCall('=tele.dimension_score("sales",{110,90,100},{"revenue";"net_profit"})')?.args.slice(1)).toEqual([
      { kind: "array", text: "{110,90,100}", rows: [[110, 90, 100]] },
      { kind: "array", text: '{"revenue";"net_profit"}', rows: [["revenue"], ["net_profit"]] },
    ]);
    expect(findTeleCall("=TELE.POLICY()")).toEqual({ id: "POLICY", args: [] });
    expect(findTeleCall("=TELE.GRADE(TRUE)")?.args).toEqual([{ kind: "constant", text: "TRUE", value: true }]);
  });

  it("reads sheet names with quotes, commas and brackets as part of the reference", () => {
    const call = findTeleCall("=TELE.CSAT('Survey (Q3), raw'!B2:B40,5,\"top2\")");
    expect(call?.args[0]).toEqual({ kind: "reference", text: "'Survey (Q3), raw'!B2:B40", sheet: "Survey (Q3), raw", rect: rect(1, 1, 39, 1) });
    expect(call?.args).toHaveLength(3);
  });

  it("finds a TELE call inside another formula, and nested TELE calls as arguments", () => {
    const call = findTeleCall(`=IF(A1="TELE.GRADE(1)","",TELE.MONTH_SCORE('Rep data'!E2,TELE.BASELINE("calls",'Rep data'!C2,'Rep data'!D2),'Rep data'!H2))`);
    expect(call?.id).toBe("MONTH_SCORE");
    expect(call?.args[1]).toMatchObject({ kind: "call", call: { id: "BASELINE", args: [{ kind: "constant" }, { kind: "reference", sheet: "Rep data" }, { kind: "reference" }] } });
  });

  it("leaves other expressions and names unevaluated, and is null without a TELE call", () => {
    expect(findTeleCall("=TELE.BASELINE_SCORE('Rep data'!Q2*100,90)")?.args[0]).toEqual({ kind: "expression", text: "'Rep data'!Q2*100" });
    expect(findTeleCall("=TELE.GRADE(ABC)")?.args[0]).toEqual({ kind: "expression", text: "ABC" });
    expect(findTeleCall("=TELE.WORKDAYS(DATE(2026,9,1),B2)")?.args[0]).toEqual({ kind: "expression", text: "DATE(2026,9,1)" });
    expect(findTeleCall("=SUM(A1:A3)")).toBeNull();
    expect(findTeleCall('="TELE.GRADE(1)"')).toBeNull();
    expect(findTeleCall("TELE.GRADE(1)")).toBeNull(); // a constant, not a formula
  });
});
