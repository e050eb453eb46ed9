/**
 * `npm run test:excel`: the TELE functions and a policy save in real Excel, compared with the
 * engine (docs/testing.md, "Real Excel"), as Microsoft's Office add-in templates test: a test
 * server (office-addin-test-server) receives what the add-in's page reports from inside Excel.
 * Where no Excel desktop is installed (Linux, or none found) it says so and exits 0 without
 * claiming a pass. Otherwise: starts the dev server with the in-Excel suite in the page
 * (TELESCORE_EXCEL_TEST=1), sideloads the add-in into Excel desktop (`npm start`), waits for the
 * report, unloads it (`npm stop`), and fails on any difference.
 */
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import { TestServer } from "office-addin-test-server";
import type { ExcelResult } from "./inExcel";

const ROOT = path.resolve(__dirname, "../..");
const PORT = 4201;
const REPORT_TIMEOUT_MS = 300_000;

/** Where Excel desktop installs, per Microsoft's default install locations. */
function excelInstalled(): string | null {
  const candidates =
    process.platform === "darwin"
      ? ["/Applications/Microsoft Excel.app"]
      : process.platform === "win32"
        ? [process.env.ProgramFiles, process.env["ProgramFiles(x86)"]]
            .filter((dir): dir is string => Boolean(dir))
            .flatMap((dir) => ["Office16", "Office15"].map((v) => path.join(dir, "Microsoft Office", "root", v, "EXCEL.EXE")))
        : [];
  return candidates.find((file) => existsSync(file)) ?? null;
}

/** Excel's value and the engine's agree: the same text, or the same number to Excel's 15 significant digits. */
function agree(excel: unknown, engine: unknown): boolean {
  if (typeof excel === "number" && typeof engine === "number") return excel === engine || Number(excel.toPrecision(15)) === Number(engine.toPrecision(15));
  return excel === engine;
}

function npm(script: "start" | "stop", env: NodeJS.ProcessEnv): boolean {
  const result = spawnSync(process.execPath, [path.join(ROOT, "scripts", `${script}.mjs`)], { cwd: ROOT, stdio: "inherit", env });
  return result.status === 0;
}

async function main(): Promise<number> {
  const excel = excelInstalled();
  if (excel === null) {
    console.log(
      `test:excel: no Excel desktop on this machine (${process.platform}), so the real-Excel suite did NOT run and nothing was checked.\n` +
        "Run it on Windows or macOS with Excel installed; docs/testing.md, \"Real Excel\", says how.",
    );
    return 0;
  }
  console.log(`test:excel: Excel found at ${excel}.`);
  const server = new TestServer(PORT);
  if (!(await server.startTestServer(true))) throw new Error(`could not start the test server on port ${PORT}`);
  const env = { ...process.env, TELESCORE_EXCEL_TEST: "1", TELESCORE_WORKBENCH: "0" };
  try {
    if (!npm("start", env)) throw new Error("`npm start` could not start the dev server or sideload the add-in (is a dev server already running? `npm stop` first)");
    const report = (await Promise.race([
      server.getTestResults(),
      new Promise((_, reject) =>
        setTimeout(() => reject(new Error(`no report from Excel within ${REPORT_TIMEOUT_MS / 1000} s: open the TeleScore pane if it did not open itself`)), REPORT_TIMEOUT_MS),
      ),
    ])) as unknown as ExcelResult[];
    const failed = report.filter((r) => !agree(r.excel, r.engine));
    for (const r of report) console.log(`${agree(r.excel, r.engine) ? "ok  " : "FAIL"} ${r.step.padEnd(18)} ${r.formula.padEnd(46)} Excel ${JSON.stringify(r.excel)}  engine ${JSON.stringify(r.engine)}`);
    console.log(failed.length === 0 ? `test:excel: all ${report.length} values agree.` : `test:excel: ${failed.length} of ${report.length} values differ.`);
    return failed.length === 0 && report.length > 0 ? 0 : 1;
  } finally {
    npm("stop", env);
    await server.stopTestServer();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`test:excel failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
