/**
 * Opening the workbench and the task pane's steps that several tests share. The pane is the real
 * one; these helpers find its controls by their accessible names in English, as a user reads them.
 */
import type { Locator, Page } from "playwright-core";
import { Grid } from "./grid";
import { startSession, type Session } from "./session";

export interface Workbench {
  page: Page;
  grid: Grid;
  /** The task pane: `data-testid="wb-taskpane"`, the complementary landmark "TeleScore task pane". */
  pane: Locator;
}

/** Opens workbench.html (with `?lang=` when given): see workbenchOn. */
export async function openWorkbench(session: Session, displayLanguage?: string): Promise<Workbench> {
  await session.open(`workbench.html${displayLanguage ? `?lang=${encodeURIComponent(displayLanguage)}` : ""}`);
  return workbenchOn(session.page);
}

/**
 * The usual set-up of a test file: one browser session with the workbench open, started before the
 * file's tests and closed after them. Jest's hooks return nothing, so `opened` receives the
 * workbench (and may prepare it further).
 */
export function workbenchForFile(opened: (workbench: Workbench) => void | Promise<void>, displayLanguage?: string): void {
  let session: Session | undefined;
  beforeAll(async () => {
    session = await startSession();
    await opened(await openWorkbench(session, displayLanguage));
  });
  afterAll(() => session?.close());
}

/** The workbench the page shows, once (re)started: the sample workbook in the grid and the pane's views there. */
export async function workbenchOn(page: Page): Promise<Workbench> {
  await page.getByRole("grid", { name: "Sheet Rep data", exact: true }).waitFor();
  const pane = page.getByTestId("wb-taskpane");
  await pane.getByRole("tablist").waitFor();
  return { page, grid: new Grid(page), pane };
}

/** What the pane says once a review is made ("The review is on the sheet “…”") or made again ("The review on the sheet “…” was updated in place"). */
const REVIEW_OUTCOME = /^The review (?:is )?on the sheet “(.+?)”/;

/**
 * The Review tab: the sample's table RepData (its headers read, unless the pane shows them
 * already), the period chosen, Generate. Resolves with the review sheet's name and what the pane
 * said, once the sheet is in view.
 */
export async function generateReview({ page, pane }: Workbench, period: string): Promise<{ sheet: string; outcome: string }> {
  await pane.getByRole("tab", { name: "Review", exact: true }).click();
  const generate = pane.getByRole("button", { name: "Generate", exact: true });
  if (!(await generate.isVisible())) {
    await pane.getByRole("combobox", { name: "Table", exact: true }).selectOption("RepData");
    await pane.getByRole("button", { name: "Read headers", exact: true }).click();
  }
  await pane.getByRole("combobox", { name: "Period", exact: true }).selectOption(period);
  await generate.click();
  const said = pane.getByText(REVIEW_OUTCOME);
  await said.waitFor({ timeout: 30_000 });
  const outcome = (await said.textContent()) ?? "";
  const sheet = REVIEW_OUTCOME.exec(outcome)![1];
  await page.getByRole("grid", { name: `Sheet ${sheet}`, exact: true }).waitFor();
  return { sheet, outcome };
}
