/** @jest-environment jsdom */
import "../support/jsdomSetup";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { render, screen } from "@testing-library/react";
import { defaultPolicy } from "../../src/engine/policy";
import { setPolicy } from "../../src/engine/policyStore";
import { App } from "../../src/taskpane/App";
import { unavailablePorts } from "../../src/taskpane/ports";
import { fastUser } from "./review/fakeReviewWorkbook";

// Fluent renders take seconds when the machine is busy.
jest.setTimeout(15_000);

let restoreLayout: (() => void) | undefined;
beforeEach(() => setPolicy(defaultPolicy()));
afterEach(() => {
  restoreLayout?.();
  restoreLayout = undefined;
});

/**
 * The layout facts Fluent's arrow-key navigation (tabster) asks of the browser and jsdom never
 * computes: a visible element has an offsetParent, and the page has a size. Without them every tab
 * counts as invisible and the arrow keys go nowhere. Only these two are stood in for, with the
 * values a 320 px pane gives.
 */
function layOutThePane(): () => void {
  const offsetParent = Object.getOwnPropertyDescriptor(HTMLElement.prototype, "offsetParent")!;
  Object.defineProperty(HTMLElement.prototype, "offsetParent", {
    configurable: true,
    get(this: HTMLElement) {
      return this.closest("[hidden]") ? null : this.parentElement;
    },
  });
  const bodyRect = jest.spyOn(document.body, "getBoundingClientRect").mockReturnValue(new DOMRect(0, 0, 320, 600));
  return () => {
    Object.defineProperty(HTMLElement.prototype, "offsetParent", offsetParent);
    bodyRect.mockRestore();
  };
}

function renderApp(displayLanguage: string) {
  render(
    <FluentProvider theme={webLightTheme}>
      <App displayLanguage={displayLanguage} storage={null} ports={unavailablePorts()} />
    </FluentProvider>,
  );
}

/** The tabs, which must be exactly these, in this order. */
function tabsNamed(...names: string[]): HTMLElement[] {
  const tabs = names.map((name) => screen.getByRole("tab", { name }));
  expect(screen.getAllByRole("tab")).toEqual(tabs);
  return tabs;
}

const panelHeading = (): string => screen.getByRole("tabpanel").querySelector("h2")?.textContent ?? "";

it("has the Policy, Review, Reconcile and Explain tabs, switched with the arrow keys and Enter", async () => {
  const user = fastUser();
  restoreLayout = layOutThePane();
  renderApp("en-US");
  const [policy, review, reconcile, explain] = tabsNamed("Policy", "Review", "Reconcile", "Explain");
  expect(policy!.getAttribute("aria-selected")).toBe("true");

  await user.click(policy!);
  await user.keyboard("{ArrowRight}");
  expect(document.activeElement).toBe(review);
  await user.keyboard("{Enter}");
  expect(review!.getAttribute("aria-selected")).toBe("true");
  expect(screen.getByRole("tabpanel").getAttribute("aria-labelledby")).toBe(review!.id);
  // Each view's code loads the first time its tab is chosen.
  await screen.findByRole("heading", { level: 2, name: "Review sheet" });
  expect(panelHeading()).toBe("Review sheet");

  await user.keyboard("{ArrowRight}");
  expect(document.activeElement).toBe(reconcile);
  await user.keyboard(" ");
  expect(reconcile!.getAttribute("aria-selected")).toBe("true");
  await screen.findByRole("heading", { level: 2, name: "Net profit reconciliation" });
  expect(panelHeading()).toBe("Net profit reconciliation");

  await user.keyboard("{ArrowRight}{Enter}");
  expect(explain!.getAttribute("aria-selected")).toBe("true");
  await screen.findByRole("heading", { level: 2, name: "Explain a score" });
  expect(panelHeading()).toBe("Explain a score");

  await user.keyboard("{ArrowLeft}{ArrowLeft}{ArrowLeft}{Enter}");
  expect(policy!.getAttribute("aria-selected")).toBe("true");
});

it("names the tabs in Chinese", () => {
  renderApp("zh-CN");
  tabsNamed("权重方案", "考核表", "对账", "说明");
});
