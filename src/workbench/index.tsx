/**
 * Entry of the workbench page (workbench.html, development builds only): the whole add-in in a
 * browser, without Excel. In order:
 * 1. the globals office.js and Excel would provide: `Office` (officeShim.ts; the display language
 *    from ?lang=, else the browser's), `CustomFunctions` (customFunctionsShim.ts), and — once the
 *    workbook exists — `Excel` and `OfficeExtension` (the emulated host, src/workbench/excel);
 * 2. the shipped functions code, whose build-appended `CustomFunctions.associate` calls register
 *    the implementations, and the build's functions.json: together, the TELE functions of the
 *    workbook's formula engine;
 * 3. the real task pane, mounted with mountTaskpane (the same modules as this page, so its Excel
 *    calls reach the emulated host); it loads the policy from the workbook's settings;
 * 4. the sample workbook — after the policy is loaded, so the formulas that read it compute at
 *    once (in Excel they would show #BUSY! until it is; the formula engine cannot wait) — and the
 *    page, which takes the pane into its side panel.
 * `window.telescoreWorkbench` holds the workbook and the host, for diagnosis from the console.
 */
import { createRoot } from "react-dom/client";
import { mountTaskpane } from "../taskpane/mountTaskpane";
import { createCustomFunctionsShim } from "./customFunctionsShim";
import { createExcelHost } from "./excel/host";
import { createOfficeShim } from "./officeShim";
import { sampleWorkbook } from "./sampleWorkbook";
import type { CustomFunctionsMetadata } from "./teleFormulaPlugin";
import { teleWorkbook } from "./teleWorkbook";
import { replaceContent } from "./workbookContent";
import { WorkbenchPage } from "./WorkbenchPage";
import { errorMessage } from "../engine/errors";

async function start(container: HTMLElement): Promise<void> {
  const displayLanguage = new URLSearchParams(location.search).get("lang") ?? navigator.language;
  const office = createOfficeShim(displayLanguage);
  const customFunctions = createCustomFunctionsShim();
  Object.assign(window, { Office: office });
  customFunctions.install();

  await import("../functions/functions");
  const response = await fetch("functions.json");
  if (!response.ok) throw new Error(`functions.json: ${response.status} ${response.statusText}`);
  const workbook = teleWorkbook((await response.json()) as CustomFunctionsMetadata, customFunctions.implementations);
  const host = createExcelHost(workbook);
  host.install();
  Object.assign(window, { telescoreWorkbench: { workbook, host } });

  const pane = document.createElement("div");
  await mountTaskpane(pane, office);
  replaceContent(workbook, sampleWorkbook());

  createRoot(container).render(
    <WorkbenchPage
      workbook={workbook}
      displayLanguage={displayLanguage}
      onDisplayLanguage={(tag) => {
        const url = new URL(location.href);
        url.searchParams.set("lang", tag);
        location.assign(url);
      }}
      pane={pane}
    />,
  );
}

const container = document.getElementById("root");
if (container === null) throw new Error("TeleScore workbench: workbench.html has no #root element to render into.");
start(container).catch((error: unknown) => {
  container.textContent = `The workbench could not start: ${errorMessage(error)}`;
  throw error;
});
