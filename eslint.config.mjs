/**
 * ESLint for TeleScore (docs/checks.md): Microsoft's office-addins rules, the layer boundaries the
 * architecture promises, and ESLint's recommended correctness rules. No formatting rules.
 * `npm run lint` runs it together with the two type checks.
 */
import js from "@eslint/js";
import { defineConfig } from "eslint/config";
import tseslint from "typescript-eslint";
import officeAddins from "eslint-plugin-office-addins";
import telescore from "./scripts/lint/boundaries.mjs";

/**
 * The office-addins rules of Microsoft's recommended config, taken from the plugin itself so a new
 * rule there arrives here. All are errors: the plugin's warnings (a sync in a loop, a navigational
 * load) are the batching rules this project holds to. Its prettier rule is left out (formatting).
 */
const officeAddinsRules = Object.fromEntries(
  officeAddins.configs.recommended
    .flatMap((config) => Object.keys(config.rules ?? {}))
    .filter((rule) => rule.startsWith("office-addins/"))
    .map((rule) => [rule, "error"]),
);

const TS = "**/*.{ts,tsx}";

/** Folders production code (engine, functions, pane) never imports: the workbench, tests, build scripts. */
const devOnly = [
  { path: "src/workbench", message: "production code does not import the dev-only workbench." },
  { path: "test", message: "production code does not import tests." },
  { path: "e2e", message: "production code does not import tests." },
  { path: "scripts", message: "production code does not import build scripts." },
];

const react = [
  { name: "react", message: "React belongs to the pane's views." },
  { name: "react-dom", message: "React belongs to the pane's views." },
  { name: "@fluentui/*", message: "Fluent UI belongs to the pane's views." },
];

/** The Excel global in value position (Excel.run, new Excel.RequestContext, typeof Excel); types such as Excel.Range stay allowed. */
const excelOutsideAdapters = "the Excel global is used only in an excel/ adapter folder; views and state get a port (docs/checks.md).";

export default defineConfig(
  // Only TypeScript is linted: the few .js/.mjs files are Node build scripts and configs.
  { ignores: ["dist/**", "coverage/**", "node_modules/**", "**/*.js", "**/*.mjs", "**/*.cjs"] },
  {
    files: [TS],
    extends: [js.configs.recommended, tseslint.configs.eslintRecommended],
    plugins: { "office-addins": officeAddins, telescore },
    languageOptions: { parser: tseslint.parser, ecmaVersion: 2022, sourceType: "module" },
    linterOptions: { reportUnusedDisableDirectives: "error" },
    rules: {
      // tsc reports unused locals and parameters (noUnusedLocals), and knows type-only uses.
      "no-unused-vars": "off",
      "no-eval": "error",
      "no-implied-eval": "error",
      "no-new-func": "error",
    },
  },
  {
    // Not the tests: the workbench's tests read unloaded properties on purpose, to prove its host throws as Excel does.
    name: "office-addins: the product and the workbench",
    files: ["src/**/*.{ts,tsx}"],
    rules: officeAddinsRules,
  },
  {
    name: "engine: pure core",
    files: ["src/engine/**/*.{ts,tsx}"],
    rules: {
      "telescore/import-boundaries": [
        "error",
        {
          forbidPackages: [
            ...react,
            { name: "@microsoft/*", message: "the engine knows nothing of Office." },
            { name: "office-*", message: "the engine knows nothing of Office." },
            { name: "custom-functions-*", message: "the engine knows nothing of Office." },
          ],
          forbidPaths: [
            { path: "src/taskpane", message: "the engine does not import the task pane." },
            { path: "src/functions", message: "the engine does not import the custom functions." },
            ...devOnly,
          ],
        },
      ],
    },
  },
  {
    name: "functions: cell values to engine calls, nothing else",
    files: ["src/functions/**/*.{ts,tsx}"],
    rules: {
      "telescore/import-boundaries": [
        "error",
        {
          forbidPackages: react,
          forbidPaths: [{ path: "src/taskpane", message: "the custom functions do not import the task pane." }, ...devOnly],
        },
      ],
    },
  },
  {
    name: "pane: no workbench, no tests",
    files: ["src/taskpane/**/*.{ts,tsx}"],
    ignores: ["src/taskpane/**/excel/**"],
    rules: {
      "telescore/import-boundaries": [
        "error",
        {
          forbidPaths: devOnly,
        },
      ],
    },
  },
  {
    name: "excel adapters: no React",
    files: ["src/taskpane/**/excel/**/*.{ts,tsx}"],
    rules: {
      "telescore/import-boundaries": [
        "error",
        {
          forbidPackages: react,
          forbidPaths: devOnly,
          forbidViews: "an Excel adapter does not import a view (.tsx).",
        },
      ],
    },
  },
  {
    name: "Excel global only in excel/ adapters",
    files: ["src/functions/**/*.{ts,tsx}", "src/taskpane/**/*.{ts,tsx}"],
    ignores: ["src/**/excel/**"],
    rules: {
      "no-restricted-syntax": [
        "error",
        { selector: "MemberExpression[object.type='Identifier'][object.name='Excel']", message: excelOutsideAdapters },
        { selector: "UnaryExpression[operator='typeof'][argument.type='Identifier'][argument.name='Excel']", message: excelOutsideAdapters },
      ],
    },
  },
);
