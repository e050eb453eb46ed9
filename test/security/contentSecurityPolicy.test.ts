/**
 * docs/security.md, "Content-Security-Policy": the policy TeleScore's pages carry, how it is
 * written into a page, the plugin that writes it into every generated page (run in a tiny webpack
 * compilation, not the full build), and webpack.config.js wiring it into the build and the dev
 * server. The browser's record of every request comes with the workbench.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import webpack, { type Compiler, type Configuration } from "webpack";
import { CSP_DIRECTIVES, contentSecurityPolicy, OFFICE_JS_CDN, withCspMeta } from "../../scripts/build/contentSecurityPolicy";
import { ContentSecurityPolicyPlugin } from "../../scripts/build/contentSecurityPolicyPlugin";
import { renderHelpPage } from "../../scripts/build/functionsHelpPage";

const ROOT = path.join(__dirname, "../..");
const POLICY = contentSecurityPolicy();

describe("the policy", () => {
  it("allows the add-in's own origin and Microsoft's Office.js CDN for scripts, and nothing else, with no inline or eval'd script", () => {
    expect(POLICY).toBe(
      "default-src 'self'; script-src 'self' https://appsforoffice.microsoft.com; style-src 'self' 'unsafe-inline'; img-src 'self'; connect-src 'self'; " +
        "worker-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'",
    );
  });

  it("names one origin, the CDN of office.js, for scripts only; every other source is a keyword, so a new origin fails here", () => {
    expect(OFFICE_JS_CDN).toBe("https://appsforoffice.microsoft.com/lib/1/hosted/office.js");
    expect(CSP_DIRECTIVES["script-src"]).toEqual(["'self'", "https://appsforoffice.microsoft.com"]);
    for (const [directive, sources] of Object.entries(CSP_DIRECTIVES)) {
      if (directive === "script-src") continue;
      for (const source of sources) expect({ directive, source }).toEqual({ directive, source: expect.stringMatching(/^'(self|none|unsafe-inline)'$/) });
    }
    // The call-log file worker is a bundled file of the add-in's own origin: never the CDN (which
    // worker-src would inherit from script-src if it were absent), a blob: or a data: URL.
    expect(CSP_DIRECTIVES["worker-src"]).toEqual(["'self'"]);
    expect(POLICY).not.toContain("unsafe-eval");
  });

  it("uses no directive a <meta> policy ignores (frame-ancestors, report-uri, sandbox)", () => {
    for (const ignored of ["frame-ancestors", "report-uri", "sandbox"]) expect(Object.keys(CSP_DIRECTIVES)).not.toContain(ignored);
  });
});

describe("withCspMeta", () => {
  const META = `<meta http-equiv="Content-Security-Policy" content="${POLICY}">`;

  it("puts the policy right after the task pane template's charset, before anything it governs", () => {
    const template = readFileSync(path.join(ROOT, "src/taskpane/taskpane.html"), "utf8");
    const page = withCspMeta(template, POLICY);
    expect(page).toContain(`<meta charset="utf-8" />${META}`);
    expect(page.replace(META, "")).toBe(template);
  });

  it("handles the minified form html-webpack-plugin emits", () => {
    const minified = '<!doctype html><html lang=en><head><meta charset=utf-8><meta name=viewport content="width=device-width"><script src=office-js/office.js></script>';
    expect(withCspMeta(minified, POLICY)).toBe(
      `<!doctype html><html lang=en><head><meta charset=utf-8>${META}<meta name=viewport content="width=device-width"><script src=office-js/office.js></script>`,
    );
  });

  it("goes first in a head that does not start with a charset, and is not fooled by <header>", () => {
    const page = "<html><head data-x=1><title>t</title></head><body><header>h</header></body></html>";
    expect(withCspMeta(page, POLICY)).toBe(`<html><head data-x=1>${META}<title>t</title></head><body><header>h</header></body></html>`);
  });

  it("protects the functions help page, whose <header> comes after its head", () => {
    const fn = { id: "GRADE", name: "GRADE", description: "Grade.", parameters: [{ name: "score", type: "any" }] };
    const page = withCspMeta(renderHelpPage({ functions: [fn] }, [{ lang: "zh-CN", metadata: { functions: [fn] } }], "TELE"), POLICY);
    expect(page.indexOf(META)).toBeGreaterThan(page.indexOf("<head>"));
    expect(page.indexOf(META)).toBeLessThan(page.indexOf("<style>"));
  });

  it("escapes the attribute", () => {
    expect(withCspMeta("<head>", `a "b" & c`)).toBe('<head><meta http-equiv="Content-Security-Policy" content="a &quot;b&quot; &amp; c">');
  });

  it("refuses a page without a head, with a policy of its own, or with inline script", () => {
    expect(() => withCspMeta("<body>x</body>", POLICY)).toThrow("it has no <head>");
    expect(() => withCspMeta(`<head><meta http-equiv='content-security-policy' content="x"></head>`, POLICY)).toThrow("already declares");
    expect(() => withCspMeta("<head><script>alert(1)</script></head>", POLICY)).toThrow("inline <script>");
    expect(() => withCspMeta('<head><script type="module">import "x"</script></head>', POLICY)).toThrow("inline <script>");
    expect(() => withCspMeta("<head><script defer src=runtime.js></script></head>", POLICY)).not.toThrow();
  });
});

describe("ContentSecurityPolicyPlugin in a webpack compilation", () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), "telescore-csp-"));
    writeFileSync(path.join(dir, "entry.js"), "export const x = 1;\n");
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  /** Emits pages the way html-webpack-plugin and the help page generator do, before the CSP plugin runs. */
  const emitPages = (compiler: Compiler) =>
    compiler.hooks.thisCompilation.tap("EmitPages", (compilation) =>
      compilation.hooks.processAssets.tap({ name: "EmitPages", stage: compiler.webpack.Compilation.PROCESS_ASSETS_STAGE_OPTIMIZE_INLINE }, () => {
        const page = (html: string) => new compiler.webpack.sources.RawSource(html);
        compilation.emitAsset("taskpane.html", page("<html><head><meta charset=utf-8><script src=app.js></script></head></html>"));
        compilation.emitAsset("help/functions.html", page("<html><head><style>p{}</style></head></html>"));
        compilation.emitAsset("office-js/agaveerrorux/index.html", page("<html><head><script>vendor()</script></head></html>"));
        compilation.emitAsset("broken.html", page("<p>no head</p>"));
      }),
    );

  it("writes the policy into every generated page, leaves third-party pages alone, and fails for a page it cannot protect", async () => {
    const config: Configuration = {
      mode: "development",
      devtool: false,
      context: dir,
      entry: "./entry.js",
      output: { path: path.join(dir, "dist") },
      plugins: [{ apply: emitPages }, new ContentSecurityPolicyPlugin({ policy: POLICY, untouched: ["office-js/"] })],
    };
    const stats = await new Promise<webpack.Stats>((resolve, reject) => webpack(config, (err, s) => (err || !s ? reject(err) : resolve(s))));
    const read = (name: string) => readFileSync(path.join(dir, "dist", name), "utf8");
    expect(read("taskpane.html")).toBe(`<html><head><meta charset=utf-8><meta http-equiv="Content-Security-Policy" content="${POLICY}"><script src=app.js></script></head></html>`);
    expect(read("help/functions.html")).toBe(`<html><head><meta http-equiv="Content-Security-Policy" content="${POLICY}"><style>p{}</style></head></html>`);
    expect(read("office-js/agaveerrorux/index.html")).toBe("<html><head><script>vendor()</script></head></html>");
    expect(stats.compilation.errors.map((e) => e.message)).toEqual(["ContentSecurityPolicyPlugin: broken.html: it has no <head> to put the Content-Security-Policy in"]);
  }, 20_000);
});

describe("webpack.config.js", () => {
  /**
   * The config's CSP settings for each mode and for the dev server, read by a separate Node process:
   * the config loads its TypeScript helpers through tsx, which cannot run inside jest's module system.
   */
  function configured(): Record<string, unknown> {
    const script = `
      const factory = require(${JSON.stringify(path.join(ROOT, "webpack.config.js"))});
      console.log = console.warn = () => {}; // the production host notice; no trusted dev certificate on CI
      const csp = (c) => c.plugins.find((p) => p && p.constructor.name === "ContentSecurityPolicyPlugin")?.options ?? null;
      (async () => {
        const production = await factory({}, { mode: "production" });
        const development = await factory({}, { mode: "development" });
        const serve = await factory({ WEBPACK_SERVE: true }, { mode: "development" });
        process.stdout.write(JSON.stringify({ production: csp(production), development: csp(development), header: serve.devServer.headers["Content-Security-Policy"] }));
      })();`;
    return JSON.parse(execFileSync(process.execPath, ["-e", script], { cwd: ROOT, encoding: "utf8" })) as Record<string, unknown>;
  }

  it("adds the plugin with the policy to both builds, leaving office.js's copy untouched, and sends the same policy from the dev server", () => {
    const plugin = { policy: POLICY, untouched: ["office-js/"] };
    expect(configured()).toEqual({ production: plugin, development: plugin, header: POLICY });
  }, 30_000);
});
