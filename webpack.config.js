// @ts-check
/**
 * TeleScore build. One page, taskpane.html, loads office.js (our own copy) and both bundles:
 * the task pane and the TELE custom functions share a single runtime (see manifest.xml), and
 * `runtimeChunk: "single"` makes them share module instances too (one policy store).
 *
 *   webpack --mode development   dist/ against https://localhost:3000/
 *   webpack --mode production    dist/ with every https://localhost:3000/ rewritten to
 *                                TELESCORE_HOST (default https://telescore.example.com/)
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
const { LocalOfficeJsPlugin } = buildHelper("localOfficeJsPlugin.ts");
const { ProductionHostPlugin } = buildHelper("productionHostPlugin.ts");
const { DevOnlyGuardPlugin } = buildHelper("devOnlyGuardPlugin.ts");
const { ContentSecurityPolicyPlugin } = buildHelper("contentSecurityPolicyPlugin.ts");
const { contentSecurityPolicy } = buildHelper("contentSecurityPolicy.ts");
const { DEV_ORIGIN, productionHost } = buildHelper("productionHost.ts");

const DEV_PORT = 3000;
const FUNCTIONS_SOURCE = "./src/functions/functions.ts";
const OFFICE_JS_DIR = "office-js";
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
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: "[name].js",
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
    },
    // office.js and the Fluent UI bundle are large by nature; size warnings would only be noise.
    performance: { hints: false },
    plugins: [
      new CustomFunctionsMetadataPlugin({ output: "functions.json", input: FUNCTIONS_SOURCE }),
      new FunctionsArtifactsPlugin({
        metadataAsset: "functions.json",
        translations: path.resolve(__dirname, "src/functions/functions.zh-CN.json"),
        localizedAsset: "functions.zh-CN.json",
        helpAsset: "help/functions.html",
        namespace: NAMESPACE,
      }),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["runtime", "taskpane", "functions"],
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
      new LocalOfficeJsPlugin({ src: `${OFFICE_JS_DIR}/office.js`, html: HtmlWebpackPlugin }),
      // Every generated page carries the policy itself, so it holds on whatever server hosts dist/.
      new ContentSecurityPolicyPlugin({ policy: contentSecurityPolicy(), untouched: [`${OFFICE_JS_DIR}/`] }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          { from: "assets/*.svg", to: "assets/[name][ext]" },
          { from: "manifest.xml", to: "manifest.xml" },
          // The whole dist folder: office.js loads o15apptofilemappingtable.js and its locale
          // files from beside itself. Already minified; webpack must not touch it.
          { from: "node_modules/@microsoft/office-js/dist", to: OFFICE_JS_DIR, info: { minimized: true } },
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
