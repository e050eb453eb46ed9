/**
 * TELE error messages in the user's language: Office's display language picks the table
 * (docs/functions.md, "Error messages"); the Chinese message carries the same facts as the English
 * one (the cell value, the parameter, the valid choices).
 */
import "../support/customFunctionsGlobal";
import { defaultPolicy } from "../../src/engine/policy";
import { resetPolicyStoreForTests, setPolicy } from "../../src/engine/policyStore";
import { messageText, MESSAGE_CODES } from "../../src/engine/messages";
import { notTraditional } from "../support/traditional";
import { createOfficeShim } from "../../src/workbench/officeShim";
import * as tele from "../../src/functions/functions";

function message(run: () => unknown): string {
  try {
    run();
  } catch (e) {
    expect(e).toBeInstanceOf(CustomFunctions.Error);
    return (e as CustomFunctions.Error).message ?? "";
  }
  throw new Error("expected an Excel error, got a value");
}

const globals = globalThis as { Office?: unknown };

function officeIn(displayLanguage: string | null): void {
  if (displayLanguage === null) delete globals.Office;
  else globals.Office = createOfficeShim(displayLanguage);
}

beforeEach(() => {
  resetPolicyStoreForTests();
  setPolicy(defaultPolicy());
});
afterAll(() => officeIn(null));

describe("with Office in Chinese", () => {
  beforeEach(() => officeIn("zh-CN"));

  it("says an unknown position in Chinese, naming it and the positions to use", () => {
    expect(message(() => tele.baseline("calls", "Intern"))).toBe("未知岗位“Intern”。请使用方案中的岗位之一：初级坐席、高级坐席、组长。");
  });

  it("says text that is no number in Chinese, quoting the cell and naming the parameter", () => {
    expect(message(() => tele.baselineScore([["abc"]], [[1800]]))).toBe("“abc”不是 actual 可用的数字。请输入数字，如 1200、1,200 或 85%。");
    // a cell of a range is named by its place in the range
    expect(message(() => tele.reconcile([[1], ["x"]], 1))).toBe("“x”不是 amounts（第 2 行）可用的数字。请输入数字，如 1200、1,200 或 85%。");
  });

  it("lists the valid choices in Chinese", () => {
    expect(message(() => tele.csat([[5]], 5, "median"))).toBe("method 必须是“top2”或“mean”（当前为“median”）。");
  });

  it("stays Simplified for Singapore", () => {
    officeIn("zh-SG");
    expect(message(() => tele.baseline("calls", "Intern"))).toMatch(/^未知岗位/);
  });
});

describe("with Office in Traditional Chinese (Taiwan, Hong Kong, Macao)", () => {
  it.each(["zh-TW", "zh-HK", "zh-MO"])("%s: says an unknown position in Traditional Chinese, with Taiwan's terms and 「」 quotes", (tag) => {
    officeIn(tag);
    expect(message(() => tele.baseline("calls", "Intern"))).toBe("未知的職位「Intern」。請使用方案中的職位之一：初級電銷人員、資深電銷人員、組長。");
  });

  it("names a cell of a range by Excel's Taiwan words: 列 for its row, 儲存格 not 单元格", () => {
    officeIn("zh-TW");
    expect(message(() => tele.reconcile([[1], ["x"]], 1))).toBe("「x」不是 amounts（第 2 列）可用的數字。請輸入數字，如 1200、1,200 或 85%。");
    expect(message(() => tele.dimensionScore("sales", [[1], [2], [3], [4]]))).toMatch(/^points 有 4 個儲存格，但「sales」有 3 個指標/);
  });
});

describe("with Office in English, or without Office", () => {
  it("keeps the English messages", () => {
    officeIn("en-US");
    expect(message(() => tele.baseline("calls", "Intern"))).toBe('Unknown position "Intern". Use one of the policy\'s positions: Junior, Senior, Team Lead.');
    officeIn(null);
    expect(message(() => tele.baselineScore([["abc"]], [[1800]]))).toBe('"abc" is not a number for actual. Enter a number such as 1200, 1,200 or 85%.');
  });
});

describe("the message tables", () => {
  it("write every code in Chinese with Chinese words, never the English text", () => {
    // Facts that fit every code: each message reads only the ones it needs.
    const facts = {
      value: 7, text: "x", param: "p", subject: { param: "p" }, choices: ["a", "b"], cells: 4, key: "k", known: ["a", "b"], workdays: 20,
      actuals: 3, targets: 2, scaleMax: 5, cell: 2, policy: "P", dimension: "d", position: "X", metric: "m", what: "calls", date: "2026-2-30",
      refund: { amount: 5, repId: "R1", recorded: "2026-07" }, period: "2026-06", sale: "2026-08", digits: "990201", form: "yymmdd",
      padded: "990201", hint: "amount", year: 1985, from: 1990, to: 2100, yymmdd: false, row: 4, rows: [4, 5], scale: 5, keys: 2,
      fields: [[{ en: "Date", zh: "日期", "zh-Hant": "日期" }]], then: "review",
    } as never;
    for (const code of MESSAGE_CODES) {
      const zh = messageText("zh", code, facts);
      expect([code, /\p{Script=Han}/u.test(zh)]).toEqual([code, true]);
      expect(zh).not.toBe(messageText("en", code, facts));
    }
  });

  it("write every code in Traditional Chinese: no Simplified-only character, never the Simplified text", () => {
    const facts = {
      value: 7, text: "x", param: "p", subject: { param: "p", row: 2, column: 3 }, choices: ["a", "b"], cells: 4, key: "k", known: ["a", "b"], workdays: 20,
      actuals: 3, targets: 2, scaleMax: 5, cell: 2, policy: "P", dimension: "d", position: "X", metric: "m", what: "calls", date: "2026-2-30",
      refund: { amount: 5, repId: "R1", recorded: "2026-07" }, period: "2026-06", sale: "2026-08", digits: "990201", form: "yymmdd",
      padded: "990201", hint: "amount", year: 1985, from: 1990, to: 2100, yymmdd: true, row: 4, rows: [4, 5], scale: 5, keys: 2,
      fields: [[{ en: "Date", zh: "日期", "zh-Hant": "日期" }, { en: "Talk minutes", zh: "通话时长", "zh-Hant": "通話時間" }]], then: "review",
    } as never;
    const texts = MESSAGE_CODES.map((code) => messageText("zh-Hant", code, facts));
    expect(notTraditional(texts)).toEqual([]);
    MESSAGE_CODES.forEach((code, i) => {
      expect([code, /\p{Script=Han}/u.test(texts[i])]).toEqual([code, true]);
      expect([code, texts[i] === messageText("zh", code, facts)]).toEqual([code, false]);
    });
  });
});

describe("the hint after text that is no number", () => {
  it("fits what is asked: an amount, a month, a score", () => {
    officeIn("en-US");
    expect(message(() => tele.baselineScore([["abc"]], [[1800]]))).toMatch(/Enter a number such as 1200, 1,200 or 85%\.$/);
    expect(message(() => tele.baseline("calls", "Junior", "March"))).toBe('"March" is not a number for period. Enter a month number such as 3, or a date.');
    expect(message(() => tele.grade([["good"]]))).toBe('"good" is not a number for score. Enter a score such as 85.');
    officeIn("zh-CN");
    expect(message(() => tele.grade([["good"]]))).toBe("“good”不是 score 可用的数字。请输入得分，如 85。");
  });
});
