/**
 * Functions first (docs/benchmarks.md): time from page start to the first TELE result, in Chromium,
 * for the page Excel opens (taskpane.html of a production build), before and after the pane was
 * split from the functions, measured in one run. "Before" is a production build of BEFORE_REF
 * (taken with `git archive`, built against this checkout's node_modules); "after" is this
 * checkout. Both pages get the same stand-in for office.js (no CDN here, and no Excel): `Office`
 * resolves at once outside Excel, so the policy is the default one, and `CustomFunctions.associate`
 * calls TELE.GRADE(95) as soon as it is registered — what Excel does for a cell that uses it.
 * The first result is that call's value, which needs the policy. Each build is loaded RUNS times,
 * alternately, over loopback and again with the network and CPU throttled (a slow laptop on a
 * office link); the medians are reported.
 */
import { execFileSync, execSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, symlinkSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { chromium, type BrowserContext } from "playwright-core";
import { buildProduction } from "../../e2e/support/build";
import { CHROMIUM_ARGS, CHROMIUM_PATH } from "../../e2e/support/chromium";
import { serveFolder } from "../../e2e/support/staticServer";
import { bundleSizes, type BuildStats } from "../build/bundleBudget";
import { OFFICE_JS_CDN } from "../build/contentSecurityPolicy";
import { ms, type Table } from "./table";

/** The last commit before the functions-first page (its pane bundle loaded before the functions). */
const BEFORE_REF = process.env.STARTUP_BEFORE_REF ?? "104314f";
const RUNS = 9;
const ROOT = path.resolve(__dirname, "../..");
const WEBPACK_CLI = path.join(ROOT, "node_modules/webpack-cli/bin/cli.js");

/** The stand-in for office.js, served in place of Microsoft's and of the old local copy. */
const OFFICE_STAND_IN = `
window.__startup = { registered: null, firstResult: null, value: null };
window.Office = { onReady: function () { return Promise.resolve({ host: null, platform: null }); }, context: { displayLanguage: "en-US" } };
window.CustomFunctions = {
  ErrorCode: { invalidValue: "#VALUE!", notAvailable: "#N/A", invalidNumber: "#NUM!" },
  Error: function (code, message) { this.code = code; this.message = message; },
  associate: function (id, fn) {
    if (id !== "GRADE") return;
    window.__startup.registered = performance.now();
    Promise.resolve(fn(95)).then(function (value) { window.__startup.firstResult = performance.now(); window.__startup.value = value; });
  }
};`;

interface Sample {
  registered: number;
  firstResult: number;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

function buildBefore(folder: string): string {
  const source = path.join(folder, "source");
  execSync(`mkdir -p "${source}" && git -C "${ROOT}" archive ${BEFORE_REF} | tar -x -C "${source}"`);
  symlinkSync(path.join(ROOT, "node_modules"), path.join(source, "node_modules"), "dir");
  const out = path.join(folder, "before");
  execFileSync(process.execPath, [WEBPACK_CLI, "--mode", "production", "--output-path", out], { cwd: source, stdio: "ignore" });
  return out;
}

async function sample(context: BrowserContext, url: string, throttled: boolean): Promise<Sample> {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  if (throttled) {
    await cdp.send("Network.enable");
    // 10 Mbit/s down, 5 up, 40 ms round trip; the CPU at a quarter of this machine's speed.
    await cdp.send("Network.emulateNetworkConditions", { offline: false, latency: 40, downloadThroughput: 1_250_000, uploadThroughput: 625_000 });
    await cdp.send("Emulation.setCPUThrottlingRate", { rate: 4 });
  }
  await page.goto(url);
  await page.waitForFunction(() => (window as unknown as { __startup?: { firstResult: number | null } }).__startup?.firstResult != null, undefined, { timeout: 60_000 });
  const result = await page.evaluate(() => (window as unknown as { __startup: Sample & { value: unknown } }).__startup);
  await page.close();
  if (result.value !== "A") throw new Error(`TELE.GRADE(95) gave ${JSON.stringify(result.value)}, not "A": the page did not compute`);
  return { registered: result.registered, firstResult: result.firstResult };
}

export async function runStartup(): Promise<Table> {
  const folder = mkdtempSync(path.join(os.tmpdir(), "telescore-startup-"));
  try {
    const before = buildBefore(folder);
    const after = path.join(folder, "after");
    const statsFile = path.join(folder, "stats.json");
    await buildProduction(after, statsFile);
    const sizes = bundleSizes(after, JSON.parse(readFileSync(statsFile, "utf8")) as BuildStats, "guard.js");

    const servers = { before: await serveFolder(before), after: await serveFolder(after) };
    const profile = mkdtempSync(path.join(folder, "profile-"));
    const context = await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM_PATH, args: [...CHROMIUM_ARGS] });
    // The old page's local copy and the new page's CDN URL both get the stand-in.
    const officeJs = (url: URL) => url.href === OFFICE_JS_CDN || url.pathname === "/office-js/office.js";
    await context.route(officeJs, (route) => route.fulfill({ contentType: "text/javascript", body: OFFICE_STAND_IN }));
    const rows: string[][] = [];
    try {
      for (const throttled of [false, true]) {
        const samples: Record<"before" | "after", Sample[]> = { before: [], after: [] };
        for (let i = 0; i < RUNS; i++) {
          for (const which of ["before", "after"] as const) samples[which].push(await sample(context, `${servers[which].origin}/taskpane.html`, throttled));
        }
        const registered = (which: "before" | "after") => median(samples[which].map((s) => s.registered));
        const first = (which: "before" | "after") => median(samples[which].map((s) => s.firstResult));
        rows.push([
          throttled ? "throttled (10 Mbit/s, 40 ms RTT, CPU ÷4)" : "loopback, CPU unthrottled",
          ms(registered("before")),
          ms(first("before")),
          ms(registered("after")),
          ms(first("after")),
          `${(first("before") / first("after")).toFixed(1)}×`,
        ]);
      }
    } finally {
      await context.close();
      await servers.before.close();
      await servers.after.close();
    }
    const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} KB`;
    return {
      title: "Functions first: page start to the first TELE result (Chromium, production builds)",
      headers: ["conditions", "before: registered (ms)", "before: first result (ms)", "after: registered (ms)", "after: first result (ms)", "first result, before ÷ after"],
      rows,
      notes: [
        `Medians of ${RUNS} loads of each page, alternating, in one run; "before" is ${BEFORE_REF}, "after" this checkout. office.js is a stand-in (no CDN here): Office.onReady resolves at once and TELE.GRADE(95) is called the moment it is registered.`,
        `After: scripts before registration ${kb(sizes.beforeRegistration.gzipBytes)} gzipped (${sizes.beforeRegistration.files.join(", ")}); the pane's first view adds ${kb(sizes.paneFirstView.gzipBytes)}; ${kb(sizes.firstViewTotal.gzipBytes)} in all.`,
        "Outside Excel the policy is the default one, read from no workbook: a real workbook adds one settings read, after registration, in both layouts.",
      ],
    };
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}
