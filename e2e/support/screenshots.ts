/**
 * Screenshots of the main screens, written by the test run into docs/screenshots/ (the README and
 * docs/policy.md show them); committed when they change. The window is fixed (session.ts), so a
 * change in a picture is a change in the product.
 */
import path from "node:path";
import type { Page } from "playwright-core";

const FOLDER = path.resolve(__dirname, "../../docs/screenshots");

export async function saveScreenshot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: path.join(FOLDER, `${name}.png`), animations: "disabled", caret: "hide" });
}
