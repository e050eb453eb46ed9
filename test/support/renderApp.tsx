/** Test helpers for the task pane: render it as index.tsx does outside Excel, and read tables as text. */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { render, screen, within, type RenderResult } from "@testing-library/react";
import { App } from "../../src/taskpane/App";
import { unavailablePorts } from "../../src/taskpane/ports";

export function renderApp(displayLanguage: string | undefined): RenderResult {
  return render(
    <FluentProvider theme={webLightTheme}>
      <App displayLanguage={displayLanguage} ports={unavailablePorts()} />
    </FluentProvider>,
  );
}

/** The table whose caption is `caption`, as rows of cell texts (header row first). */
export function tableRows(caption: string): string[][] {
  const table = screen.getByRole("table", { name: caption });
  return within(table)
    .getAllByRole("row")
    .map((row) => Array.from(row.querySelectorAll("th, td"), (cell) => cell.textContent ?? ""));
}
