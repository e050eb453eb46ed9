/**
 * Screenshots of the main screens (the README and docs/policy.md show them). A test run only takes
 * them, to check the screen renders; `npm run screenshots` (SCREENSHOTS_ENV set) also writes them
 * into docs/screenshots/, to be committed when they change, so `npm test` leaves the tree as it was.
 * The window is fixed (session.ts), so a change in a picture is a change in the product.
 */
import path from "node:path";
import type { Locator, Page } from "playwright-core";

/** Set (to anything) by scripts/screenshots.mjs. */
export const SCREENSHOTS_ENV = "TELESCORE_WRITE_SCREENSHOTS";

const FOLDER = path.resolve(__dirname, "../../docs/screenshots");

/** The page, or one element of it (the task pane alone, say). */
export async function saveScreenshot(target: Page | Locator, name: string): Promise<void> {
  const file = process.env[SCREENSHOTS_ENV] ? path.join(FOLDER, `${name}.png`) : undefined;
  await target.screenshot({ path: file, animations: "disabled", caret: "hide" });
}
