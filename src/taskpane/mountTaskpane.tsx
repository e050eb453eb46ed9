/**
 * Starts the pane: waits for Office (which also resolves outside Office, with no host), builds the
 * ports (ports.ts), loads the workbook's policy into the store (the default outside Excel or when
 * none is stored), and renders the app with the ports.
 */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { createRoot, type Root } from "react-dom/client";
import { App } from "./App";
import { bootstrapPolicy } from "./policy/policyBootstrap";
import { hostPorts } from "./ports";

/** The slice of the global `Office` the pane needs; a plain object stands in for it in tests. */
export interface OfficeHost {
  onReady(): Promise<unknown>;
  context?: { displayLanguage?: string } | null;
}

export async function mountTaskpane(container: HTMLElement, office: OfficeHost): Promise<Root> {
  await office.onReady();
  const ports = hostPorts();
  await bootstrapPolicy();
  // Outside Office there is no display language; the browser's is the next best guess.
  const displayLanguage = office.context?.displayLanguage ?? navigator.language;
  const root = createRoot(container);
  root.render(
    <FluentProvider theme={webLightTheme}>
      <App displayLanguage={displayLanguage} ports={ports} />
    </FluentProvider>,
  );
  return root;
}
