/**
 * When the pane's UI loads: at once on a visible page, else on the first sign the pane is shown —
 * the page becoming visible, or Office reporting the add-in's visibility mode as "Taskpane".
 */
import { whenPaneShown, type AddinVisibility, type PageVisibility } from "../../src/taskpane/paneVisibility";

class Page extends EventTarget implements PageVisibility {
  constructor(public visibilityState: DocumentVisibilityState) {
    super();
  }
  show(): void {
    this.visibilityState = "visible";
    this.dispatchEvent(new Event("visibilitychange"));
  }
}

/** Office.addin's visibility event, fired by the test; `refuses` as a host without a shared runtime does. */
function addin(refuses = false): AddinVisibility & { fire(mode: string): void } {
  let handler: ((message: { visibilityMode: string }) => void) | undefined;
  return {
    onVisibilityModeChanged: (h) => {
      if (refuses) return Promise.reject(new Error("not supported"));
      handler = h;
      return Promise.resolve(() => Promise.resolve());
    },
    fire: (mode) => handler?.({ visibilityMode: mode }),
  };
}

const settled = (p: Promise<void>) => Promise.race([p.then(() => "shown"), new Promise((r) => setTimeout(() => r("waiting"), 20))]);

it("resolves at once when the page is visible", async () => {
  await expect(settled(whenPaneShown(new Page("visible"), undefined))).resolves.toBe("shown");
});

it("waits on a hidden page until Office shows the pane; a Hidden message does not count", async () => {
  const office = addin();
  const shown = whenPaneShown(new Page("hidden"), office);
  office.fire("Hidden");
  expect(await settled(shown)).toBe("waiting");
  office.fire("Taskpane");
  expect(await settled(shown)).toBe("shown");
});

it("waits on a hidden page until it becomes visible, also where the host refuses the visibility event", async () => {
  const page = new Page("hidden");
  const shown = whenPaneShown(page, addin(true));
  expect(await settled(shown)).toBe("waiting");
  page.show();
  expect(await settled(shown)).toBe("shown");
});
