/**
 * Every view of the task pane fits Excel's narrowest task pane, 320 px (the workbench's width), in
 * English and in Chinese: measured in the browser, not read off a picture (docs/workbench.md,
 * "A 320 px pane"). In each view and state, no element reaches past the pane's edges (a region
 * that scrolls sideways on purpose must show its scroll cue), no table or list cell is so narrow
 * that its text stands one character per line, and every select and button shows its whole text.
 */
import type { Locator } from "playwright-core";
import type { Locale } from "../src/engine/locale";
import { EXPLAIN_STRINGS } from "../src/taskpane/explain/explainStrings";
import { POLICY_STRINGS } from "../src/taskpane/policy/policyStrings";
import { PREVIEW_STRINGS } from "../src/taskpane/policy/preview/previewStrings";
import { RECONCILE_STRINGS } from "../src/taskpane/reconcile/reconcileStrings";
import { CALL_LOG_FILE_STRINGS } from "../src/taskpane/review/csvFile/callLogFileStrings";
import { REVIEW_STRINGS } from "../src/taskpane/review/reviewViewStrings";
import { SHARED_STRINGS } from "../src/taskpane/shared/i18n/sharedStrings";
import { seriousViolations } from "./support/axe";
import { saveScreenshot } from "./support/screenshots";
import { startSession, type Session } from "./support/session";
import { openWorkbench, type Workbench } from "./support/workbench";

/**
 * What does not fit, as sentences naming the element; [] when everything fits. Runs in the page.
 * A cell "stands one character per line" when its text takes more than two lines in less than
 * 3em (two CJK characters and the cell's padding); it spills when its content is taller than it.
 * A select's chosen text is measured with the select's own font against the room its padding
 * leaves (a native select never scrolls, it clips).
 */
function misfits(pane: HTMLElement): string[] {
  const found: string[] = [];
  const name = (el: Element): string => {
    const label = el.getAttribute("aria-label") ?? (el as HTMLElement).innerText?.trim().split("\n")[0] ?? "";
    const cls = [...el.classList].find((c) => c.startsWith("fui-")) ?? "";
    return `<${el.tagName.toLowerCase()}${cls ? ` .${cls}` : ""}> “${label.slice(0, 40)}”`;
  };
  /** Shown on screen: laid out, not hidden, and not inside a visually hidden box (1 px, overflow hidden: for screen readers only). */
  const visible = (el: Element): boolean => {
    const style = getComputedStyle(el);
    if (el.getClientRects().length === 0 || style.visibility === "hidden" || style.display === "none") return false;
    for (let box: Element | null = el; box && box !== pane; box = box.parentElement) {
      const rect = box.getBoundingClientRect();
      if (getComputedStyle(box).overflow === "hidden" && (rect.width <= 1 || rect.height <= 1)) return false;
    }
    return true;
  };
  if (pane.scrollWidth > pane.clientWidth) found.push(`the pane scrolls sideways: ${pane.scrollWidth} px of content in ${pane.clientWidth} px`);
  const box = pane.getBoundingClientRect();
  const left = box.left + pane.clientLeft;
  const right = left + pane.clientWidth;

  /** Regions inside the pane that scroll sideways now; each must show a visible cue: an element marked data-scroll-cue that describes it (aria-describedby). */
  const scrollers = [...pane.querySelectorAll<HTMLElement>("*")].filter((el) => {
    const overflow = getComputedStyle(el).overflowX;
    return (overflow === "auto" || overflow === "scroll") && el.scrollWidth > el.clientWidth + 1 && visible(el);
  });
  for (const scroller of scrollers) {
    const cues = (scroller.getAttribute("aria-describedby") ?? "")
      .split(/\s+/)
      .map((id) => document.getElementById(id))
      .filter((cue) => cue?.hasAttribute("data-scroll-cue")) as Element[];
    if (!cues.some(visible))
      found.push(`${name(scroller)} scrolls sideways (${scroller.scrollWidth} px in ${scroller.clientWidth} px) with no visible scroll cue`);
  }
  const inScroller = (el: Element) => scrollers.some((s) => s !== el && s.contains(el));

  for (const el of pane.querySelectorAll<HTMLElement>("*")) {
    if (!visible(el) || inScroller(el)) continue;
    const rect = el.getBoundingClientRect();
    if (rect.width === 0 || rect.height === 0) continue;
    if (rect.right > right + 0.5 || rect.left < left - 0.5)
      found.push(`${name(el)} reaches past the pane: ${Math.round(rect.left - left)}…${Math.round(rect.right - left)} px of ${pane.clientWidth}`);
  }

  for (const cell of pane.querySelectorAll<HTMLElement>("td, th, dt, dd, [role=cell], [role=rowheader], [role=columnheader], [role=gridcell]")) {
    if (!visible(cell) || !cell.innerText.trim()) continue;
    const range = document.createRange();
    range.selectNodeContents(cell);
    const lines = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top))).size;
    const em = parseFloat(getComputedStyle(cell).fontSize);
    if (lines > 2 && cell.getBoundingClientRect().width < 3 * em)
      found.push(`${name(cell)} is ${Math.round(cell.getBoundingClientRect().width)} px wide and wraps into ${lines} lines`);
    if (cell.scrollHeight > cell.clientHeight + 1)
      found.push(`${name(cell)} spills out of its ${cell.clientHeight} px height (${cell.scrollHeight} px of content)`);
  }

  const canvas = document.createElement("canvas").getContext("2d")!;
  for (const select of pane.querySelectorAll<HTMLSelectElement>("select")) {
    if (!visible(select) || select.selectedIndex < 0) continue;
    const style = getComputedStyle(select);
    canvas.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
    const text = select.options[select.selectedIndex].text;
    const room = select.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
    if (canvas.measureText(text).width > room + 1)
      found.push(`${name(select)} cuts its choice “${text}”: ${Math.round(canvas.measureText(text).width)} px of text in ${Math.round(room)} px`);
  }
  for (const control of pane.querySelectorAll<HTMLElement>("button, [role=tab], [role=combobox]:not(select)")) {
    if (visible(control) && control.scrollWidth > control.clientWidth + 1)
      found.push(`${name(control)} cuts its text: ${control.scrollWidth} px in ${control.clientWidth} px`);
  }
  return found;
}

let session: Session;
afterAll(() => session?.close());

/**
 * A call log as dialers export it: long unbroken headers, bracketed units in words, Chinese
 * headers, a compact date, word outcomes, a pseudo-agent.
 */
const CALL_LOG = [
  "Call_Record_Identifier,Agent_Login_Identifier,坐席姓名,Call_Start_Date_Time,Call_Disposition_Result,Talk time (in seconds),CUSTOMER_ACCOUNT_NUMBER",
  "C1,A01,王芳,20260701,已接通,95,K1",
  "C2,A01,王芳,20260702,未接通,0,K2",
  "C3,A02,李伟,20260703,AGENT,240,K3",
  "C4,NO_SERVER,,20260703,HANG,0,K4",
].join("\r\n");

describe.each<Locale>(["en", "zh", "zh-Hant"])("the pane at 320 px in %s", (locale) => {
  let workbench: Workbench;
  /** The review sheet the review test made, for the explanation of a rep's row. */
  let reviewSheet = "";
  const shared = SHARED_STRINGS[locale];
  const policy = POLICY_STRINGS[locale];
  const review = REVIEW_STRINGS[locale];
  const tab = (name: string) => workbench.pane.getByRole("tab", { name, exact: true });
  const fits = async () => expect(await workbench.pane.evaluate(misfits)).toEqual([]);

  beforeAll(async () => {
    session ??= await startSession();
    workbench = await openWorkbench(session, ({ en: "en-US", zh: "zh-CN", "zh-Hant": "zh-TW" } as const)[locale]);
  });

  test("the policy, read-only", async () => {
    await tab(shared.tabPolicy).click();
    await workbench.pane.getByRole("region", { name: policy.seasonalCaption }).waitFor();
    await fits();
    await paneShot(workbench, `narrow-policy-${locale}`, workbench.pane.getByRole("region", { name: policy.dimensionsHeading }));
    await paneShot(workbench, `narrow-seasonal-${locale}`, workbench.pane.getByRole("region", { name: policy.baselinesHeading }));
  });

  test("the policy editor with every section open", async () => {
    const { pane } = workbench;
    await pane.getByRole("switch", { name: policy.editPolicy }).click();
    for (const section of [policy.summaryHeading, policy.dimensionsHeading, policy.baselinesHeading, policy.bandsHeading, PREVIEW_STRINGS[locale].heading]) {
      const toggle = pane.getByRole("button", { name: section, exact: true });
      if ((await toggle.getAttribute("aria-expanded")) !== "true") await toggle.click();
    }
    await pane.getByRole("group", { name: policy.dimensionWeights }).getByRole("spinbutton").first().waitFor();
    await fits();
    // Narrower than any Excel pane, the grade bands' table (three columns) scrolls: it says so under it.
    await pane.evaluate((el) => (el.style.width = "240px"));
    await pane.getByText(SHARED_STRINGS[locale].scrollSideways).first().waitFor();
    expect((await pane.evaluate(misfits)).filter((line) => line.includes("scroll cue"))).toEqual([]);
    await pane.evaluate((el) => (el.style.width = ""));
    await pane.getByText(SHARED_STRINGS[locale].scrollSideways).first().waitFor({ state: "detached" });
    await paneShot(workbench, `narrow-policy-editor-${locale}`, pane.getByRole("button", { name: policy.dimensionsHeading, exact: true }));
    await pane.getByRole("switch", { name: policy.editPolicy }).click();
  });

  test("the review: the mapping, then the result", async () => {
    const { pane } = workbench;
    await tab(shared.tabReview).click();
    await pane.getByRole("combobox", { name: review.tableLabel, exact: true }).first().selectOption("RepData");
    await pane.getByRole("button", { name: review.readHeaders, exact: true }).first().click();
    await pane.getByRole("table", { name: review.mappingCaption }).waitFor();
    await fits();
    await paneShot(workbench, `narrow-review-mapping-${locale}`, pane.getByRole("region", { name: review.mappingCaption }));
    await pane.getByRole("combobox", { name: review.periodLabel, exact: true }).selectOption("2026-07");
    await pane.getByRole("button", { name: review.generate, exact: true }).click();
    const said = pane.getByText(saidBefore(review.generated("\u0000", "\u0000")));
    await said.waitFor({ timeout: 30_000 });
    reviewSheet = /[“「](.+?)[”」]/.exec((await said.textContent()) ?? "")![1];
    await fits();
  });

  test("the policy editor's preview over the review: grades, then suggested baselines", async () => {
    const { pane } = workbench;
    const t = PREVIEW_STRINGS[locale];
    await tab(shared.tabPolicy).click();
    await pane.getByRole("switch", { name: policy.editPolicy }).click();
    const section = pane.getByRole("button", { name: t.heading, exact: true });
    if ((await section.getAttribute("aria-expanded")) !== "true") await section.click();
    await pane.getByRole("button", { name: t.preview, exact: true }).click();
    await pane.getByRole("table", { name: t.distribution }).waitFor({ timeout: 30_000 });
    await fits();
    await pane.getByRole("button", { name: t.suggest, exact: true }).click();
    await pane.getByRole("table").filter({ has: workbench.page.getByRole("columnheader", { name: t.suggested }) }).first().waitFor({ timeout: 30_000 });
    await fits();
    await pane.getByRole("switch", { name: policy.editPolicy }).click();
  });

  test("the call log: its mapping and its reading rules", async () => {
    const { pane } = workbench;
    const file = CALL_LOG_FILE_STRINGS[locale];
    await tab(shared.tabReview).click();
    const section = pane.getByRole("button", { name: review.callLogHeading, exact: true });
    if ((await section.getAttribute("aria-expanded")) !== "true") await section.click();
    const callLog = pane.getByRole("region", { name: review.callLogHeading });
    const fromFile = callLog.getByRole("group", { name: file.heading });
    // The sheet's way first: a table chosen as the log, its headers read.
    await callLog.getByRole("combobox", { name: review.tableLabel, exact: true }).selectOption("RepData");
    await callLog.getByRole("button", { name: review.readHeaders, exact: true }).click();
    await callLog.getByRole("table", { name: review.mappingCaption }).waitFor();
    await fits();
    await fromFile.getByLabel(file.fileLabel, { exact: true }).setInputFiles({ name: "calls.csv", mimeType: "text/csv", buffer: Buffer.from(CALL_LOG, "utf8") });
    await fromFile.getByRole("button", { name: file.readFile, exact: true }).click();
    await fromFile.getByRole("group", { name: review.rulesHeading }).waitFor({ timeout: 30_000 });
    await fits();
    // The accessibility e2e does not reach the call log's rules: axe here, in both languages.
    expect(await seriousViolations(workbench.page, '[data-testid="wb-taskpane"]')).toEqual([]);
    await paneShot(workbench, `narrow-call-log-${locale}`, fromFile.getByRole("region", { name: review.mappingCaption }));
  });

  test("the reconciliation with its figures", async () => {
    const { pane } = workbench;
    const t = RECONCILE_STRINGS[locale];
    await tab(shared.tabReconcile).click();
    await pane.getByRole("textbox", { name: t.ledgerEntry.amount }).fill("100.00");
    await pane.getByRole("textbox", { name: t.reconciledBy }).fill("E2E");
    await pane.getByRole("button", { name: t.reconcile, exact: true }).click();
    await pane.getByRole("table", { name: t.figuresCaption }).waitFor({ timeout: 30_000 });
    await fits();
  });

  test("the explanation of a TOTAL_SCORE cell, an error cell and a rep's row of the review", async () => {
    const { pane, grid } = workbench;
    await tab(shared.tabExplain).click();
    const view = pane.getByRole("region", { name: EXPLAIN_STRINGS[locale].heading });
    const explained = async (address: string, sheet?: string) => {
      await grid.goTo(address, sheet);
      await view
        .getByTestId("explain-summary")
        .filter({ hasText: new RegExp(`\\b${address}\\b`) })
        .waitFor();
      await view.getByTestId(/explain-(value|error)/).first().waitFor();
      await fits();
    };
    await grid.activateSheet("Formulas");
    await explained("B13");
    await explained("B19");
    // The review's first rep row (the table starts at row 8, its headers there).
    await explained("B9", reviewSheet);
  });
});

/** What a message says before its first argument, to wait for it whatever the arguments. */
const saidBefore = (message: string): string => message.slice(0, message.indexOf("\u0000"));

/** The pane alone as the user sees it, scrolled so that `top` starts under the editor's sticky save bar (when shown). */
async function paneShot({ pane }: Workbench, name: string, top: Locator): Promise<void> {
  await top.evaluate((el) => {
    el.scrollIntoView({ block: "start" });
    const stickyHeights = [...document.querySelectorAll('[data-testid="wb-taskpane"] *')]
      .filter((e) => getComputedStyle(e).position === "sticky")
      .map((e) => e.getBoundingClientRect().height);
    el.closest('[data-testid="wb-taskpane"]')!.scrollBy(0, -Math.max(0, ...stickyHeights));
  });
  await saveScreenshot(pane, name);
}
