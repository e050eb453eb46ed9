/**
 * One production build into a temporary folder (about 15-40 s): the page Excel opens loads
 * office.js from Microsoft's CDN, then the ES5 legacy-webview guard, then the functions before
 * the task pane; nothing of @microsoft/office-js is in the output; and the scripts stay within the
 * limits of docs/benchmarks.md, "Functions first" — at most 60 KB gzipped before the TELE
 * functions register, at most 200 KB for the task pane's first view.
 */
import { parse } from "acorn";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { BUNDLE_LIMITS, bundleSizes, type BuildStats, type BundleSizes } from "../../scripts/build/bundleBudget";
import { contentSecurityPolicy, OFFICE_JS_CDN } from "../../scripts/build/contentSecurityPolicy";
import { buildProduction } from "../../e2e/support/build";
import { OFFICE_JS_FILE, OFFICE_JS_NEEDLES, officeJsLeftovers, scriptSources } from "../support/productionOutput";

jest.setTimeout(240_000);

let folder: string;
let out: string;
let stats: BuildStats;

beforeAll(async () => {
  folder = mkdtempSync(path.join(os.tmpdir(), "telescore-production-"));
  out = path.join(folder, "dist");
  const statsFile = path.join(folder, "stats.json");
  await buildProduction(out, statsFile);
  stats = JSON.parse(readFileSync(statsFile, "utf8")) as BuildStats;
});

afterAll(() => rmSync(folder, { recursive: true, force: true }));

const read = (file: string) => readFileSync(path.join(out, file), "utf8");

it("taskpane.html loads office.js from Microsoft's CDN, then the guard, then the functions, then the pane's start-up code", () => {
  const html = read("taskpane.html");
  const sources = scriptSources(html);
  expect(sources.slice(0, 2)).toEqual([OFFICE_JS_CDN, "guard.js"]);
  const functions = sources.indexOf("functions.js");
  const taskpane = sources.indexOf("taskpane.js");
  expect(functions).toBeGreaterThan(1);
  expect(taskpane).toBeGreaterThan(functions);
  // The only source from outside the add-in is office.js, and the policy allows exactly its origin.
  expect(sources.filter((src) => /^(https?:)?\/\//.test(src))).toEqual([OFFICE_JS_CDN]);
  expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy()}">`);
});

it("holds nothing of @microsoft/office-js (the needles are office.js's own)", () => {
  const library = readFileSync(OFFICE_JS_FILE, "utf8");
  for (const needle of OFFICE_JS_NEEDLES) expect({ needle, inLibrary: library.includes(needle) }).toEqual({ needle, inLibrary: true });
  expect(officeJsLeftovers(out)).toEqual([]);
});

it("ships the guard as ES5 with every TELE function id; the bundles themselves are not ES5", () => {
  const guard = read("guard.js");
  expect(() => parse(guard, { ecmaVersion: 5 })).not.toThrow();
  const ids = (JSON.parse(read("functions.json")) as { functions: { id: string }[] }).functions.map((fn) => fn.id);
  expect(ids.length).toBeGreaterThan(10);
  expect(guard).toContain(`var FUNCTION_IDS = ${JSON.stringify(ids)};`);
  // Why the guard exists: Internet Explorer cannot parse what the bundles are written in.
  expect(() => parse(read("functions.js"), { ecmaVersion: 5 })).toThrow();
});

it("builds the functions' metadata in Simplified and Traditional Chinese, the manifest's overrides naming each, the help page showing both", () => {
  type Metadata = { functions: { id: string; description: string; parameters: { name: string }[] }[] };
  const en = JSON.parse(read("functions.json")) as Metadata;
  for (const [file, sample] of [["functions.zh-CN.json", "总分"], ["functions.zh-TW.json", "總分"]] as const) {
    const localized = JSON.parse(read(file)) as Metadata;
    expect(localized.functions.map((f) => [f.id, f.parameters.map((p) => p.name)])).toEqual(en.functions.map((f) => [f.id, f.parameters.map((p) => p.name)]));
    expect(localized.functions.find((f) => f.id === "TOTAL_SCORE")!.description).toContain(sample);
  }
  const manifest = read("manifest.xml");
  const host = /<bt:Url id="Functions\.Script\.Url" DefaultValue="([^"]+)\/functions\.js"/.exec(manifest)![1];
  for (const locale of ["zh-TW", "zh-HK"]) expect(manifest).toContain(`<bt:Override Locale="${locale}" Value="${host}/functions.zh-TW.json"/>`);
  const help = read("help/functions.html");
  // The page is minified: attribute quotes and closing tags may be dropped.
  expect(help).toMatch(/<th lang="?zh-TW"?>說明/);
  expect(help).toMatch(/<th lang="?zh-CN"?>说明/);
});

describe("script budget (gzipped)", () => {
  let sizes: BundleSizes;
  beforeAll(() => {
    sizes = bundleSizes(out, stats, "guard.js");
  });

  it(`runs at most ${BUNDLE_LIMITS.beforeRegistration / 1000} KB before the TELE functions register, none of it the pane's`, () => {
    expect(sizes.beforeRegistration.files).toEqual(expect.arrayContaining(["guard.js", "runtime.js", "functions.js"]));
    expect(sizes.beforeRegistration.files).not.toContain("taskpane.js");
    expect(sizes.beforeRegistration.files).not.toContain("pane.js");
    expect(sizes.beforeRegistration.gzipBytes).toBeLessThanOrEqual(BUNDLE_LIMITS.beforeRegistration);
  });

  it(`loads at most ${BUNDLE_LIMITS.paneFirstView / 1000} KB for the task pane's first view, without the editor, review and reconcile views`, () => {
    expect(sizes.paneFirstView.files).toEqual(expect.arrayContaining(["taskpane.js", "pane.js"]));
    for (const later of ["policy-editor.js", "review.js", "reconcile.js"]) expect(sizes.paneFirstView.files).not.toContain(later);
    expect(sizes.paneFirstView.gzipBytes).toBeLessThanOrEqual(BUNDLE_LIMITS.paneFirstView);
  });
});
