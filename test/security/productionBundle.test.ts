/**
 * On the output of the last build (dist/): no dev-only library in the bundles, whatever the build
 * mode (DevOnlyGuardPlugin guards production builds only), the Content-Security-Policy in every
 * generated page, and — after a production build — office.js from Microsoft's CDN with nothing of
 * @microsoft/office-js in dist/. Without dist/ these checks are skipped, so that `npm test` needs
 * no build (test/scripts/productionBuild.test.ts makes its own); run them after `npm run build`.
 * The needles themselves are checked against the libraries every time, so that finding none in
 * dist/ means something.
 */
import { existsSync, readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { contentSecurityPolicy, OFFICE_JS_CDN } from "../../scripts/build/contentSecurityPolicy";
import { officeJsLeftovers, scriptSources } from "../support/productionOutput";

const ROOT = path.join(__dirname, "../..");
const DIST = path.join(ROOT, "dist");
const built = existsSync(path.join(DIST, "taskpane.html"));

/** A literal from each dev-only library's own code, in the file a bundler would take it from; minifiers keep literals. */
const DEV_ONLY = [
  { library: "hyperformula", file: "hyperformula/es/helpers/licenseKeyValidator.mjs", needle: "gpl-v3" },
  { library: "exceljs", file: "exceljs/dist/exceljs.min.js", needle: "xl/workbook.xml" },
  { library: "fast-check", file: "fast-check/lib/fast-check.js", needle: "Property failed after" },
  { library: "playwright-core", file: "playwright-core/lib/coreBundle.js", needle: "launchPersistentContext" },
  { library: "jest (jest-circus)", file: "jest-circus/build/index.js", needle: "Cannot nest a describe inside a test" },
  { library: "jest (expect)", file: "expect/build/index.js", needle: "toHaveBeenCalledWith" },
];

it("each needle is in its library's code", () => {
  for (const { library, file, needle } of DEV_ONLY) {
    expect({ library, found: readFileSync(path.join(ROOT, "node_modules", file), "utf8").includes(needle) }).toEqual({ library, found: true });
  }
});

if (!built) console.warn("dist/ not found: the checks of the built bundle are skipped. Run `npm run build`, then `npx jest test/security/productionBundle.test.ts`.");

(built ? describe : describe.skip)("the last build in dist/", () => {
  it("bundles no dev-only library", () => {
    const bundles = readdirSync(DIST).filter((f) => f.endsWith(".js"));
    expect(bundles).toEqual(expect.arrayContaining(["taskpane.js", "functions.js", "runtime.js"]));
    const found: string[] = [];
    for (const bundle of bundles) {
      const code = readFileSync(path.join(DIST, bundle), "utf8");
      for (const { library, needle } of DEV_ONLY) if (code.includes(needle)) found.push(`${bundle}: ${library} ("${needle}")`);
      if (/node_modules[\\/](hyperformula|exceljs|fast-check|playwright-core|jest[\w-]*|expect)[\\/]/.test(code)) found.push(`${bundle}: a module path of a dev-only library`);
    }
    expect(found).toEqual([]);
  });

  // A development build (it alone has the workbench) serves a local stand-in for office.js; a production build must not.
  const production = built && !existsSync(path.join(DIST, "workbench.html"));
  (production ? it : it.skip)("taskpane.html loads office.js from Microsoft's CDN, and dist/ holds nothing of @microsoft/office-js", () => {
    expect(scriptSources(readFileSync(path.join(DIST, "taskpane.html"), "utf8"))[0]).toBe(OFFICE_JS_CDN);
    expect(officeJsLeftovers(DIST)).toEqual([]);
  });

  it.each(["taskpane.html", "help/functions.html"])("%s carries the Content-Security-Policy before anything it governs", (page) => {
    const html = readFileSync(path.join(DIST, page), "utf8");
    const meta = `<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy()}">`;
    expect(html.match(/<meta http-equiv="Content-Security-Policy" content="[^"]*">/g)).toEqual([meta]);
    const at = html.indexOf(meta);
    for (const tag of ["<script", "<style", "<link"]) if (html.includes(tag)) expect(at).toBeLessThan(html.indexOf(tag));
  });
});
