import { nameKey, sameName } from "../../src/engine/names";

describe("sameName (policy names)", () => {
  it("ignores case and surrounding spaces, not inner ones", () => {
    expect(sameName("  team LEAD ", "Team Lead")).toBe(true);
    expect(sameName("TeamLead", "Team Lead")).toBe(false);
  });
});

describe("nameKey (names from data)", () => {
  it("ignores width, case and every space", () => {
    expect(nameKey("  ＪＩＭ  smith ")).toBe(nameKey("jimsmith"));
    expect(nameKey("张 三")).toBe(nameKey("张三"));
    expect(nameKey("张三")).not.toBe(nameKey("张四"));
  });
});
