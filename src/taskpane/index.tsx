/**
 * Entry of the task pane's start-up bundle, which taskpane.html loads after the functions bundle
 * (so the TELE functions are registered first): once Office is ready it loads the workbook's
 * policy for the functions, whether or not the pane is ever shown, and only when the pane is on
 * screen fetches the pane's UI (React, Fluent UI, the views). docs/benchmarks.md, "Functions first".
 */
import { whenPaneShown } from "./paneVisibility";
import { bootstrapPolicy } from "./policy/policyBootstrap";

const container = document.getElementById("root");
if (container === null) throw new Error("TeleScore: taskpane.html has no #root element to render into.");
void Office.onReady()
  .then(bootstrapPolicy)
  .then(() => whenPaneShown(document, Office.addin))
  .then(() => import(/* webpackChunkName: "pane" */ "./mountTaskpane"))
  .then(({ mountTaskpane }) => mountTaskpane(container, Office))
  .catch((error: unknown) => {
    // Said in the pane, in all three languages: the user has no console (the functions run on regardless).
    const text = `TeleScore could not start the task pane (${error instanceof Error ? error.message : String(error)}). Close and reopen the pane. / TeleScore 无法启动任务窗格，请关闭后重新打开。 / TeleScore 無法啟動工作窗格，請關閉後重新開啟。`;
    const notice = document.createElement("p");
    notice.setAttribute("role", "alert");
    notice.textContent = text;
    container.replaceChildren(notice);
  });
