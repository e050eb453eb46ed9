/**
 * Checks of a production build's output folder, shared by the bundle-size test (its own build)
 * and test:dist (dist/): office.js is Microsoft's, loaded from its CDN, so no file of the
 * @microsoft/office-js package may be in the output (docs/security.md, "Office.js").
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

/** Literals from office.js's own code; the test that uses them checks they are really there. */
export const OFFICE_JS_NEEDLES = ["o15apptofilemappingtable", "Office.js has not fully loaded"];
export const OFFICE_JS_FILE = path.join(__dirname, "../../node_modules/@microsoft/office-js/dist/office.js");

/** Every file under `folder`, as a path relative to it with forward slashes. */
export function filesUnder(folder: string): string[] {
  return readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(folder, path.join(entry.parentPath, entry.name)).split(path.sep).join("/"));
}

/** What of office.js the output holds: its folder, its files by name, or its code in any text file. */
export function officeJsLeftovers(folder: string): string[] {
  const found: string[] = [];
  for (const file of filesUnder(folder)) {
    if (/(^|\/)office-js\//.test(file) || /(^|\/)(office(\.debug)?\.js|o15apptofilemappingtable\.js)$/.test(file)) found.push(`${file}: a file of @microsoft/office-js`);
    if (!/\.(js|html|json|xml|css|txt)$/.test(file)) continue;
    const text = readFileSync(path.join(folder, file), "utf8");
    for (const needle of OFFICE_JS_NEEDLES) if (text.includes(needle)) found.push(`${file}: office.js's code ("${needle}")`);
  }
  return found;
}

/** The src of every <script> of a page, in document order. */
export function scriptSources(html: string): string[] {
  return [...html.matchAll(/<script\b[^>]*\bsrc\s*=\s*["']?([^"' >]+)/gi)].map((m) => m[1]!);
}
