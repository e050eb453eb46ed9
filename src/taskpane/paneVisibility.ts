/**
 * When the task pane is on screen. In the shared runtime Excel may open the page hidden (to run
 * the TELE functions) and show it later; the pane's UI is only worth loading once it is shown.
 * Microsoft documents `Office.addin.onVisibilityModeChanged` (SharedRuntime 1.1) for the change:
 * https://learn.microsoft.com/javascript/api/office/office.addin#office-office-addin-onvisibilitymodechanged-member(1)
 * It gives no way to read the current mode, so the page's own visibility is read too: a page that
 * is visible at start (a browser, a pane opened from the ribbon) loads the UI at once.
 */

/** The slice of `Office.addin` this needs; absent outside Office. */
export interface AddinVisibility {
  onVisibilityModeChanged(handler: (message: { visibilityMode: string }) => void): Promise<unknown>;
}

/** The slice of `document` this needs. */
export interface PageVisibility {
  readonly visibilityState: DocumentVisibilityState;
  addEventListener(type: "visibilitychange", listener: () => void): void;
  removeEventListener(type: "visibilitychange", listener: () => void): void;
}

/** Resolves once the pane is shown: at once when the page is visible, else on the first sign that it is. */
export function whenPaneShown(page: PageVisibility, addin: AddinVisibility | undefined): Promise<void> {
  if (page.visibilityState === "visible") return Promise.resolve();
  return new Promise((resolve) => {
    const shown = () => {
      page.removeEventListener("visibilitychange", onPageChange);
      resolve();
    };
    const onPageChange = () => {
      if (page.visibilityState === "visible") shown();
    };
    page.addEventListener("visibilitychange", onPageChange);
    // Not fatal when the host refuses (no shared runtime): the page's own event still comes.
    addin?.onVisibilityModeChanged(({ visibilityMode }) => visibilityMode === "Taskpane" && shown()).catch(() => undefined);
  });
}
