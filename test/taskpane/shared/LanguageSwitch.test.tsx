/** @jest-environment jsdom */
import "../../support/jsdomSetup";
import { screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { defaultPolicy } from "../../../src/engine/policy";
import { setPolicy } from "../../../src/engine/policyStore";
import { renderApp } from "../../support/renderApp";

beforeEach(() => {
  localStorage.clear();
  setPolicy(defaultPolicy());
});

it("is a named radio group a keyboard user reaches with Tab and changes with the arrow keys", async () => {
  const user = userEvent.setup();
  renderApp("en-US");
  const group = screen.getByRole("radiogroup", { name: "Language" });
  const english = screen.getByRole("radio", { name: "English" });
  expect(group.contains(english)).toBe(true);
  expect((english as HTMLInputElement).checked).toBe(true);

  await user.tab(); // the switch is the first stop in the pane
  expect(document.activeElement).toBe(english);
  await user.keyboard("{ArrowRight}");

  const chinese = screen.getByRole("radio", { name: "简体中文" });
  expect((chinese as HTMLInputElement).checked).toBe(true);
  expect(document.activeElement).toBe(chinese);
  expect(screen.getByRole("radiogroup", { name: "语言" })).toBeTruthy();
  expect(screen.getByRole("heading", { level: 2, name: "考核维度与指标" })).toBeTruthy();
  expect(screen.queryByRole("heading", { level: 2, name: "Dimensions and metrics" })).toBeNull();
});

it("remembers the choice over Office's language the next time the pane opens", async () => {
  const user = userEvent.setup();
  const first = renderApp("zh-CN");
  expect(screen.getByRole("heading", { level: 2, name: "考核维度与指标" })).toBeTruthy();

  await user.click(screen.getByRole("radio", { name: "English" }));
  expect(localStorage.getItem("telescore.locale")).toBe("en");
  first.unmount();

  renderApp("zh-CN");
  expect(screen.getByRole("heading", { level: 2, name: "Dimensions and metrics" })).toBeTruthy();
  expect((screen.getByRole("radio", { name: "English" }) as HTMLInputElement).checked).toBe(true);
});

it("names each language in itself, whatever the pane speaks", () => {
  renderApp("zh-CN");
  expect(screen.getByText("English").getAttribute("lang")).toBe("en-US");
  expect(screen.getByText("简体中文").getAttribute("lang")).toBe("zh-CN");
  expect(screen.getByText("繁體中文").getAttribute("lang")).toBe("zh-TW");
});

it("opens in Traditional Chinese with Office in zh-TW, and offers it with Office in English", async () => {
  const user = userEvent.setup();
  const taiwan = renderApp("zh-TW");
  expect((screen.getByRole("radio", { name: "繁體中文" }) as HTMLInputElement).checked).toBe(true);
  expect(screen.getByRole("radiogroup", { name: "語言" })).toBeTruthy();
  expect(screen.getByRole("heading", { level: 2, name: "考核維度與指標" })).toBeTruthy();
  taiwan.unmount();

  renderApp("en-US");
  await user.click(screen.getByRole("radio", { name: "繁體中文" }));
  expect(localStorage.getItem("telescore.locale")).toBe("zh-Hant");
  expect(screen.getByRole("heading", { level: 2, name: "考核維度與指標" })).toBeTruthy();
  // The default policy's metrics by their Traditional names.
  expect(screen.getAllByText("外撥通數").length).toBeGreaterThan(0);
});
