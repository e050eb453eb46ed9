// @ts-check
/**
 * TeleScore build. One page, taskpane.html, is the add-in's shared runtime (see manifest.xml). It
 * loads office.js, the legacy-webview guard, then the functions bundle, which registers the TELE
 * functions, then the task pane's small start-up bundle, which loads the policy and only when the
 * pane is shown fetches the pane's UI (docs/benchmarks.md, "Functions first"). `runtimeChunk:
 * "single"` makes the bundles share module instances (one policy store).
 *
 *   webpack --mode development   dist/ against https://localhost:3000/, with a local stand-in
 *                                for office.js (the workbench and the tests cannot reach the CDN)
 *   webpack --mode production    dist/ with every https://localhost:3000/ rewritten to
 *                                TELESCORE_HOST (default https://telescore.example.com/) and
 *                                office.js from Microsoft's CDN (docs/security.md, "Office.js")
 *   webpack serve                dev server on https://localhost:3000 (workbench.html: the
 *                                browser workbench, in development builds only)
 *
 * The build helpers are TypeScript (scripts/build/), loaded through tsx's scoped require.
 */
const path = require("node:path");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const { require: tsxRequire } = require("tsx/cjs/api");
const packageJson = require("./package.json");

/** @param {string} file */
const buildHelper = (file) => tsxRequire(`./scripts/build/${file}`, __filename);
const { FunctionsArtifactsPlugin } = buildHelper("functionsArtifactsPlugin.ts");
const { OfficeJsPlugin } = buildHelper("officeJsPlugin.ts");
const { ProductionHostPlugin } = buildHelper("productionHostPlugin.ts");
const { DevOnlyGuardPlugin } = buildHelper("devOnlyGuardPlugin.ts");
const { ContentSecurityPolicyPlugin } = buildHelper("contentSecurityPolicyPlugin.ts");
const { contentSecurityPolicy, OFFICE_JS_CDN } = buildHelper("contentSecurityPolicy.ts");
const { DEV_ORIGIN, productionHost } = buildHelper("productionHost.ts");

const DEV_PORT = 3000;
const FUNCTIONS_SOURCE = "./src/functions/functions.ts";
/** Where development builds put their local stand-in for Microsoft's office.js. */
const OFFICE_JS_DIR = "office-js";
const GUARD_ASSET = "guard.js";
/** Must agree with the manifest's Functions.Namespace resource. */
const NAMESPACE = "TELE";

/**
 * https options for the dev server: office-addin-dev-certs' trusted localhost certificate when
 * it is (or, on Windows and macOS, can be) installed; otherwise webpack-dev-server's own
 * self-signed certificate, which the browser must be told to trust once. On Linux the installer
 * would need sudo, so it is only used when the CA is already in place.
 * @returns {Promise<import("webpack-dev-server").ServerConfiguration | "https">}
 */
async function devServerHttps() {
  try {
    const devCerts = require("office-addin-dev-certs");
    if (process.platform === "linux" && !devCerts.verifyCertificates()) {
      throw new Error("the Office dev CA is not installed (run `npx office-addin-dev-certs install` once, it needs sudo)");
    }
    return { type: "https", options: await devCerts.getHttpsServerOptions() };
  } catch (error) {
    console.warn(`TeleScore dev server: using a self-signed certificate: ${/** @type {Error} */ (error).message}`);
    return "https";
  }
}

/** Packages that may be used by tests and tools but must never be bundled. */
function devOnlyPackages() {
  const shipped = new Set(Object.keys(packageJson.dependencies ?? {}));
  return new Set(Object.keys(packageJson.devDependencies ?? {}).filter((name) => !shipped.has(name)));
}

/**
 * @param {Record<string, unknown>} env
 * @param {{ mode?: string }} argv
 * @returns {Promise<import("webpack").Configuration>}
 */
module.exports = async (env, argv) => {
  const production = argv.mode === "production";
  // `npm run test:excel` (test/excel/run.ts): the in-Excel suite joins the page, development only.
  const excelTest = !production && process.env.TELESCORE_EXCEL_TEST === "1";
  const host = production ? productionHost(process.env.TELESCORE_HOST) : DEV_ORIGIN;
  if (production) console.log(`TeleScore production build for ${host}`);

  /** @type {import("webpack").Configuration} */
  const config = {
    mode: production ? "production" : "development",
    devtool: production ? false : "source-map",
    entry: {
      taskpane: "./src/taskpane/index.tsx",
      functions: FUNCTIONS_SOURCE,
      // The browser workbench (docs/workbench.md): development only, it bundles HyperFormula and ExcelJS.
      ...(production ? {} : { workbench: "./src/workbench/index.tsx" }),
      ...(excelTest ? { excelTest: "./test/excel/inExcel.ts" } : {}),
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: "[name].js",
      // The pane's UI and its views, loaded when shown (src/taskpane/index.tsx, App.tsx).
      chunkFilename: "[name].js",
      clean: true,
    },
    resolve: {
      extensions: [".ts", ".tsx", ".js", ".json"],
    },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          // Type errors are `npm run typecheck`'s job; the bundle only needs transpiling.
          use: { loader: "ts-loader", options: { transpileOnly: true } },
        },
      ],
    },
    optimization: {
      runtimeChunk: "single",
      // Code both bundles use (the engine) is loaded once, in a chunk of its own, not twice.
      splitChunks: { chunks: "all" },
    },
    // The size limits that matter are test/scripts/productionBuild.test.ts's (docs/benchmarks.md); webpack's generic hints would only be noise.
    performance: { hints: false },
    plugins: [
      new CustomFunctionsMetadataPlugin({ output: "functions.json", input: FUNCTIONS_SOURCE }),
      new FunctionsArtifactsPlugin({
        metadataAsset: "functions.json",
        localizations: [
          { lang: "zh-CN", translations: path.resolve(__dirname, "src/functions/functions.zh-CN.json"), asset: "functions.zh-CN.json" },
          { lang: "zh-TW", translations: path.resolve(__dirname, "src/functions/functions.zh-TW.json"), asset: "functions.zh-TW.json" },
        ],
        helpAsset: "help/functions.html",
        namespace: NAMESPACE,
        guard: { template: path.resolve(__dirname, "src/guard/legacyGuard.js"), asset: GUARD_ASSET },
      }),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        // In this order: the functions register before the pane's start-up code runs.
        chunks: ["runtime", "functions", "taskpane", ...(excelTest ? ["excelTest"] : [])],
        chunksSortMode: "manual",
      }),
      ...(production
        ? []
        : [
            new HtmlWebpackPlugin({
              filename: "workbench.html",
              template: "./src/workbench/workbench.html",
              chunks: ["runtime", "workbench"],
              // The template lists its bundles itself, leaving out office.js (the page brings its own Office).
              inject: false,
            }),
          ]),
      new OfficeJsPlugin({ src: production ? OFFICE_JS_CDN : `${OFFICE_JS_DIR}/office.js`, then: [GUARD_ASSET], html: HtmlWebpackPlugin }),
      // Every generated page carries the policy itself, so it holds on whatever server hosts dist/.
      new ContentSecurityPolicyPlugin({ policy: contentSecurityPolicy(), untouched: [`${OFFICE_JS_DIR}/`] }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          { from: "assets/*.svg", to: "assets/[name][ext]" },
          { from: "manifest.xml", to: "manifest.xml" },
          // Development only, never in production: the whole dist folder, as office.js loads
          // o15apptofilemappingtable.js and its locale files from beside itself. Already
          // minified; webpack must not touch it.
          ...(production ? [] : [{ from: "node_modules/@microsoft/office-js/dist", to: OFFICE_JS_DIR, info: { minimized: true } }]),
        ],
      }),
      ...(production
        ? [
            new ProductionHostPlugin({ host, untouched: [`${OFFICE_JS_DIR}/`] }),
            new DevOnlyGuardPlugin(devOnlyPackages()),
          ]
        : []),
    ],
  };

  if (env.WEBPACK_SERVE) {
    config.devServer = {
      port: DEV_PORT,
      server: await devServerHttps(),
      // Office on the web fetches the manifest's resources cross-origin. The policy as a header
      // too: the same as the pages' <meta>, so the two never disagree.
      headers: { "Access-Control-Allow-Origin": "*", "Content-Security-Policy": contentSecurityPolicy() },
      // Everything is served from the compilation (dist in memory); no folder of extra files.
      static: false,
      client: { overlay: { warnings: false } },
    };
  }
  return config;
};
