/** @jest-environment jsdom */
import { act, screen } from "@testing-library/react";
import type { Root } from "react-dom/client";
import { defaultPolicy } from "../../src/engine/policy";
import { getPolicy, resetPolicyStoreForTests, setPolicy } from "../../src/engine/policyStore";
import { mountTaskpane, type OfficeHost } from "../../src/taskpane/mountTaskpane";
import { tableRows } from "../support/renderApp";

/** Office as it resolves outside Excel (host null), with or without a display language. */
const office = (displayLanguage?: string): OfficeHost => ({
  onReady: () => Promise.resolve({ host: null, platform: null }),
  context: displayLanguage === undefined ? undefined : { displayLanguage },
});

let root: Root | undefined;

async function mount(host: OfficeHost): Promise<void> {
  const container = document.body.appendChild(document.createElement("div"));
  await act(async () => {
    root = await mountTaskpane(container, host);
  });
}

beforeEach(() => {
  localStorage.clear();
  resetPolicyStoreForTests();
});
afterEach(() => {
  act(() => root?.unmount());
  document.body.innerHTML = "";
});

it("puts the default policy in an empty store and speaks Chinese when Office's language is zh-CN", async () => {
  expect(getPolicy()).toBeUndefined();
  await mount(office("zh-CN"));

  expect(getPolicy()).toEqual(defaultPolicy());
  expect(screen.getByRole("heading", { level: 2, name: "考核维度与指标" })).toBeTruthy();
  expect(tableRows("各维度在总分中的权重")).toEqual([
    ["维度", "权重（%）"],
    ["工作量", "30"],
    ["销售业绩", "50"],
    ["重点工作", "20"],
  ]);
  expect(tableRows("工作量（占总分 30%）的指标")).toEqual([
    ["指标", "权重（%）", "方向", "下限", "上限", "目标"],
    ["呼出量", "40", "越高越好", "0", "1.2", "岗位基准数"],
    ["通话时长", "30", "越高越好", "0", "1.2", "岗位基准数"],
    ["客户数", "30", "越高越好", "0", "1.2", "岗位基准数"],
  ]);
  expect(tableRows("销售业绩（占总分 50%）的指标")[3]).toEqual(["客户满意度", "20", "越高越好", "0", "1.2", "90%"]);
  expect(tableRows("各岗位每月基准数")).toEqual([
    ["岗位", "呼出量", "通话时长", "客户数"],
    ["初级坐席", "1,800", "1,500", "120"],
    ["高级坐席", "2,000", "1,800", "160"],
    ["组长", "1,000", "900", "80"],
  ]);
  expect(tableRows("各岗位季节系数（1 月至 12 月）")[0]).toEqual(["岗位", ...Array.from({ length: 12 }, (_, i) => `${i + 1}月`)]);
  expect(tableRows("按总分（四舍五入到两位小数）评定等级")).toEqual([
    ["等级", "总分"],
    ["A", "90 分及以上"],
    ["B", "80 分至不足 90 分"],
    ["C", "70 分至不足 80 分"],
    ["D", "60 分至不足 70 分"],
    ["E", "不足 60 分"],
  ]);
  // Screen readers pick the Chinese voice from the lang attribute.
  expect(screen.getByRole("main").closest("[lang]")?.getAttribute("lang")).toBe("zh-CN");
});

it("keeps a policy that was loaded before the pane started", async () => {
  const loaded = defaultPolicy();
  loaded.dimensions[0]!.weight = 40; // workload 40 + sales 40 + initiatives 20 = 100
  loaded.dimensions[1]!.weight = 40;
  setPolicy(loaded);

  await mount(office("en-US"));

  expect(getPolicy()).toEqual(loaded);
  expect(tableRows("Dimension weights in the total score").slice(1)).toEqual([
    ["Workload", "40"],
    ["Sales results", "40"],
    ["Key initiatives", "20"],
  ]);
});

it("uses English outside Office, where there is no display language (jsdom's browser says en-US)", async () => {
  await mount(office());
  expect(screen.getByRole("heading", { level: 2, name: "Dimensions and metrics" })).toBeTruthy();
});
