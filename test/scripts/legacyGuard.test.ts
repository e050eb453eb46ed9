/**
 * The legacy-webview guard (src/guard/legacyGuard.js): plain ES5, so Internet Explorer 11 and Edge
 * Legacy can run it where they cannot parse the bundles; in them it says so in the pane, in
 * English and Chinese, and every TELE function returns #N/A "needs a newer Office" instead of
 * waiting for ever. Run in jsdom pages with each webview's user agent, with a stand-in for the
 * CustomFunctions runtime that only records what the guard associates.
 */
import { parse } from "acorn";
import { readFileSync } from "node:fs";
import path from "node:path";
import { JSDOM, ResourceLoader } from "jsdom";
import { FUNCTION_IDS_PLACEHOLDER, legacyGuardSource } from "../../scripts/build/legacyGuard";

const ROOT = path.join(__dirname, "../..");
const TEMPLATE = readFileSync(path.join(ROOT, "src/guard/legacyGuard.js"), "utf8");
const IDS = ["BASELINE_SCORE", "GRADE", "TOTAL_SCORE"];
const GUARD = legacyGuardSource(TEMPLATE, IDS);

/** User agents as Microsoft documents them for each webview (docs/security.md, "Office.js"). */
const TRIDENT = "Mozilla/5.0 (Windows NT 10.0; WOW64; Trident/7.0; .NET4.0C; .NET4.0E; ms-office; MSOffice 16) like Gecko";
const EDGE_HTML = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/70.0.3538.102 Safari/537.36 Edge/18.19045";
const WEBVIEW2 = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 Edg/131.0.0.0";

/** The guard in the head, before the body exists, as taskpane.html loads it. */
const page = (guard: string) =>
  `<!doctype html><html><head><script>${guard}</script></head><body><div id="root"><p role="status">Loading TeleScore…</p></div></body></html>`;

class StandInError {
  constructor(
    readonly code: string,
    readonly message: string,
  ) {}
}

interface Runtime {
  associated: Map<string, () => unknown>;
  window: JSDOM["window"];
  /** Resolves once the document is parsed (DOMContentLoaded has fired). */
  parsed: Promise<void>;
}

/** Loads a page with `userAgent` whose head runs the guard, with the runtime's globals in place first. */
function runGuard(userAgent: string, options: { displayLanguage?: string; withErrors?: boolean } = {}): Runtime {
  const associated = new Map<string, () => unknown>();
  const customFunctions: Record<string, unknown> = { associate: (id: string, fn: () => unknown) => associated.set(id, fn) };
  if (options.withErrors !== false) Object.assign(customFunctions, { Error: StandInError, ErrorCode: { notAvailable: "#N/A" } });
  const dom = new JSDOM(page(GUARD), {
    runScripts: "dangerously",
    resources: new ResourceLoader({ userAgent }),
    beforeParse: (window) => Object.assign(window, { CustomFunctions: customFunctions, Office: { context: { displayLanguage: options.displayLanguage ?? "en-US" } } }),
  });
  const { document } = dom.window;
  const parsed = new Promise<void>((resolve) => (document.readyState === "loading" ? document.addEventListener("DOMContentLoaded", () => resolve()) : resolve()));
  return { associated, window: dom.window, parsed };
}

describe("the guard's code", () => {
  it("parses as ECMAScript 5, as emitted; the check itself refuses ES2015+", () => {
    expect(() => parse(GUARD, { ecmaVersion: 5 })).not.toThrow();
    expect(() => parse(TEMPLATE, { ecmaVersion: 5 })).not.toThrow();
    expect(() => parse("var f = () => 1;", { ecmaVersion: 5 })).toThrow();
    expect(() => parse("var a = b?.c;", { ecmaVersion: 5 })).toThrow();
  });

  it("gets the function ids in place of the placeholder, and only ASCII, whatever charset a server declares", () => {
    expect(TEMPLATE).toContain(FUNCTION_IDS_PLACEHOLDER);
    expect(GUARD).toContain('var FUNCTION_IDS = ["BASELINE_SCORE","GRADE","TOTAL_SCORE"];');
    expect(GUARD).not.toMatch(/[\u0080-\uffff]/);
    expect(() => legacyGuardSource("var x = 1;", IDS)).toThrow(/exactly once/);
  });
});

describe.each([
  ["Internet Explorer 11 (Trident)", TRIDENT],
  ["Edge Legacy (EdgeHTML)", EDGE_HTML],
])("in %s", (_name, userAgent) => {
  it("says in the pane, in English, Simplified and Traditional Chinese, that Office must be newer, in place of the loading text", async () => {
    const { window, parsed } = runGuard(userAgent);
    await parsed;
    const root = window.document.getElementById("root")!;
    const alert = root.querySelector('[role="alert"]')!;
    expect(alert).not.toBeNull();
    expect(root.textContent).not.toContain("Loading TeleScore");
    const byLanguage = (lang: string) => [...alert.querySelectorAll(`[lang="${lang}"]`)].map((e) => e.textContent).join(" ");
    expect(byLanguage("en")).toMatch(/^TeleScore needs a newer version of Office .*Internet Explorer or Edge Legacy.*Microsoft 365 or Office 2021 or later/);
    expect(byLanguage("zh-CN")).toMatch(/^TeleScore 需要更新版本的 Office .*Microsoft 365 或 Office 2021/);
    expect(byLanguage("zh-TW")).toMatch(/^TeleScore 需要較新版本的 Office .*舊版瀏覽器.*增益集/);
  });

  it("associates every TELE function with a stand-in that returns #N/A with the reason, in Office's language", () => {
    const english = runGuard(userAgent);
    expect([...english.associated.keys()]).toEqual(IDS);
    const error = english.associated.get("GRADE")!() as StandInError;
    expect(error).toBeInstanceOf(StandInError);
    expect(error).toEqual({ code: "#N/A", message: "TeleScore needs a newer Office: this version runs add-ins in Internet Explorer." });

    const chinese = runGuard(userAgent, { displayLanguage: "zh-CN" });
    expect((chinese.associated.get("TOTAL_SCORE")!() as StandInError).message).toBe("TeleScore 需要更新版本的 Office：此版本在 Internet Explorer 中运行加载项。");
    for (const displayLanguage of ["zh-TW", "zh-HK"]) {
      const traditional = runGuard(userAgent, { displayLanguage });
      expect((traditional.associated.get("TOTAL_SCORE")!() as StandInError).message).toBe("TeleScore 需要較新版本的 Office：此版本在 Internet Explorer 中執行增益集。");
    }
  });

  it("says it as the cell's text where the runtime has no CustomFunctions.Error (before CustomFunctionsRuntime 1.2)", () => {
    const { associated } = runGuard(userAgent, { withErrors: false });
    expect(associated.get("BASELINE_SCORE")!()).toBe("TeleScore needs a newer Office: this version runs add-ins in Internet Explorer.");
  });
});

it("does nothing in the current webview (WebView2): the bundles register the functions and render the pane", async () => {
  const { associated, window, parsed } = runGuard(WEBVIEW2);
  await parsed;
  expect(associated.size).toBe(0);
  expect(window.document.getElementById("root")!.textContent).toBe("Loading TeleScore…");
});
