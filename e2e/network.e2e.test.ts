/**
 * No network beyond the add-in's own origin and Microsoft's Office.js CDN (docs/security.md): every page of the
 * build, the task pane with office.js (a local stand-in in this development build), the functions'
 * help page and the workbench with each view of the pane and a saved .xlsx, opened in one browser
 * that records every request. Any other origin fails, and so does any load the
 * Content-Security-Policy refuses that is not one of the known, harmless attempts
 * (requestRecord.ts; docs/security.md). Every other test file's browser is held to the same rule
 * when it closes (session.ts); this file tours what they do not open.
 */
import path from "node:path";
import { contentSecurityPolicy, OFFICE_JS_CDN } from "../scripts/build/contentSecurityPolicy";
import { foreignRequests, KNOWN_REFUSALS, ruleBreaches } from "./support/requestRecord";
import { startSession, type Session } from "./support/session";
import { generateReview, openWorkbench } from "./support/workbench";

let session: Session;

beforeAll(async () => {
  session = await startSession();
});

afterAll(() => session?.close());

const requestedPaths = () => session.record.requests.map((url) => new URL(url).pathname);

/** Checks `done` every 50 ms until it holds or `ms` have passed. */
async function waitUntil(done: () => boolean, ms: number): Promise<void> {
  for (let waited = 0; waited < ms && !done(); waited += 50) await session.page.waitForTimeout(50);
}

test("the served pages carry the Content-Security-Policy, as a header and in the page", async () => {
  const response = await session.page.goto(`${session.origin}/workbench.html`);
  expect(response?.headers()["content-security-policy"]).toBe(contentSecurityPolicy());
  const meta = await session.page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute("content");
  expect(meta).toBe(contentSecurityPolicy());
});

test("both policies are enforced: an inline script is refused by each", async () => {
  const { page, record } = session;
  const ran = await page.evaluate(async () => {
    const script = document.createElement("script");
    script.textContent = "window.__telescoreInlineRan = true;";
    document.head.append(script);
    await new Promise((resolve) => setTimeout(resolve, 50));
    return (window as unknown as { __telescoreInlineRan?: boolean }).__telescoreInlineRan === true;
  });
  expect(ran).toBe(false);
  // One refusal from the header's policy, one from the <meta>'s. They are this test's own doing,
  // so they come off the record once seen.
  const isProbe = (r: { directive: string; blocked: string }) => r.directive === "script-src-elem" && r.blocked === "inline";
  await waitUntil(() => record.refusals.filter(isProbe).length >= 2, 2_000);
  expect(record.refusals.filter(isProbe)).toHaveLength(2);
  record.refusals = record.refusals.filter((r) => !isProbe(r));
});

test("a page may load office.js from Microsoft's CDN, and a script from any other origin is refused and breaks the rule", async () => {
  const { page, record, origin } = session;
  // A page of the add-in that has not loaded office.js yet (office.js may be loaded once per page).
  await session.open("help/functions.html");
  await page.getByRole("heading", { level: 1 }).first().waitFor();
  // The CDN cannot be reached from here: the browser gets the package's copy in its place, as a production page would get the hosted one.
  await page.route(OFFICE_JS_CDN, (route) => route.fulfill({ path: path.join(__dirname, "../node_modules/@microsoft/office-js/dist/office.js"), contentType: "text/javascript" }));
  const elsewhere = "https://cdn.example.com/library.js";
  const loaded = await page.evaluate(
    (sources) =>
      Promise.all(
        sources.map(
          (src) =>
            new Promise<boolean>((resolve) => {
              const script = document.createElement("script");
              script.src = src;
              script.onload = () => resolve(true);
              script.onerror = () => resolve(false);
              document.head.append(script);
            }),
        ),
      ),
    [OFFICE_JS_CDN, elsewhere],
  );
  expect(loaded).toEqual([true, false]);
  expect(record.requests).toContain(OFFICE_JS_CDN);
  const isProbe = (r: { directive: string; blocked: string }) => r.blocked === elsewhere;
  await waitUntil(() => record.refusals.filter(isProbe).length >= 2, 2_000);
  // Refused by the header's policy and by the page's; the attempt and both refusals break the rule, the CDN's file does not.
  expect(record.refusals.filter(isProbe).map((r) => r.directive)).toEqual(["script-src-elem", "script-src-elem"]);
  expect(ruleBreaches(record, origin)).toEqual([
    `a request outside ${origin} and https://appsforoffice.microsoft.com: ${elsewhere}`,
    expect.stringMatching(`^a load the Content-Security-Policy refused and no one expected: script-src-elem ${elsewhere}`),
    expect.stringMatching(`^a load the Content-Security-Policy refused and no one expected: script-src-elem ${elsewhere}`),
  ]);
  // The probe is this test's own doing: off the record once seen.
  record.refusals = record.refusals.filter((r) => !isProbe(r));
  record.requests = record.requests.filter((url) => url !== elsewhere);
  await page.unroute(OFFICE_JS_CDN);
});

test("the task pane with office.js loads only its own files", async () => {
  const { page, record, origin } = session;
  await session.open("taskpane.html");
  await page.getByRole("heading", { name: "TeleScore", level: 1 }).waitFor();
  // office.js's loader tries its telemetry frame 3 s after start: give it the time, then see what left.
  const telemetry = KNOWN_REFUSALS.find((k) => k.directive === "frame-src")!;
  await waitUntil(() => record.refusals.some((r) => r.directive === telemetry.directive), 8_000);
  expect(requestedPaths()).toEqual(
    expect.arrayContaining(["/taskpane.html", "/office-js/office.js", "/office-js/o15apptofilemappingtable.js", "/guard.js", "/functions.js", "/taskpane.js", "/pane.js"]),
  );
  // The pane's first view does not fetch the views it does not show.
  for (const later of ["/policy-editor.js", "/review.js", "/reconcile.js"]) expect(requestedPaths()).not.toContain(later);
  expect(foreignRequests(record, origin)).toEqual([]);
  expect(record.requests.some((url) => url.startsWith(telemetry.blocked))).toBe(false);
});

test("the functions' help page loads only its own files", async () => {
  await session.open("help/functions.html");
  await session.page.getByRole("heading", { level: 1 }).first().waitFor();
  expect(requestedPaths()).toContain("/assets/logo.svg");
  expect(foreignRequests(session.record, session.origin)).toEqual([]);
});

test("the workbench, every view of the pane and a saved workbook: nothing leaves the origin", async () => {
  const workbench = await openWorkbench(session);
  const { pane, page } = workbench;
  await pane.getByRole("switch", { name: "Edit the policy" }).click();
  await generateReview(workbench, "2026-09");
  await pane.getByRole("tab", { name: "Reconcile", exact: true }).click();
  await pane.getByRole("heading", { name: "Net profit reconciliation" }).waitFor();
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByTestId("wb-save").click()]);
  expect(download.suggestedFilename()).toBe("TeleScore workbench.xlsx");
  expect(await download.failure()).toBeNull();

  expect(requestedPaths()).toEqual(expect.arrayContaining(["/workbench.html", "/workbench.js", "/functions.json"]));
  expect(ruleBreaches(session.record, session.origin)).toEqual([]);
});
