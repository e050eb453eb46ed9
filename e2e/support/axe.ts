/**
 * axe-core in the page under test (docs/workbench.md, "Accessibility check"). The library is evaluated through the
 * DevTools protocol (page.evaluate), which the page's Content-Security-Policy does not govern, so
 * the policy stays in force for the page itself throughout: no bypass, no inline <script>.
 *
 * Excluded: Tabster's focus-redirect elements (`data-tabster-dummy`), which Fluent UI's TabList
 * places around its tabs. They are focusable and aria-hidden on purpose: they pass the focus on the
 * moment they get it, and a screen reader must not announce them. axe's aria-hidden-focus rule
 * reports them; Tabster's maintainers call that a false positive (microsoft/tabster#288).
 */
import { readFileSync } from "node:fs";
import type * as Axe from "axe-core";
import type { Page } from "playwright-core";

const AXE_SOURCE = readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");

declare global {
  interface Window {
    axe?: typeof Axe;
  }
}

/** The serious and critical violations axe finds inside `selector`, one line each; empty when none. */
export async function seriousViolations(page: Page, selector: string): Promise<string[]> {
  if (!(await page.evaluate(() => window.axe !== undefined))) await page.evaluate(AXE_SOURCE);
  return page.evaluate(async (within) => {
    // axe reads computed colours: a control that just changed state must have finished its transition.
    await Promise.all(document.getAnimations().filter((a) => a instanceof CSSTransition).map((a) => a.finished.catch(() => undefined)));
    const axe = window.axe!;
    const result = await axe.run({ include: [[within]], exclude: [["[data-tabster-dummy]"]] }, { resultTypes: ["violations"] });
    return result.violations
      .filter((v) => v.impact === "serious" || v.impact === "critical")
      .map((v) => `${v.id} (${v.impact}): ${v.help}:${v.nodes.map((n) => `\n  ${n.html.slice(0, 200)}\n  ${n.failureSummary ?? ""}`).join("")}`);
  }, selector);
}
