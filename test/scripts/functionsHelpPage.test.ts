import { DOMParser } from "@xmldom/xmldom";
import type { FunctionsMetadata } from "../../scripts/build/functionsMetadata";
import { helpAnchor, helpPath, renderHelpPage } from "../../scripts/build/functionsHelpPage";

const en: FunctionsMetadata = {
  functions: [
    {
      id: "NET_PROFIT",
      name: "NET_PROFIT",
      description: "Revenue minus costs & refunds, in exact cents.",
      parameters: [
        { name: "revenue", description: "Revenue.", type: "number" },
        { name: "refunds", description: "Refunds <optional>.", type: "number", optional: true },
      ],
      result: { type: "number" },
    },
    {
      id: "ALLOCATE",
      name: "ALLOCATE",
      description: "Splits a total.",
      parameters: [{ name: "amounts", description: "Amounts.", type: "any", dimensionality: "matrix" }],
      result: { type: "number", dimensionality: "matrix" },
    },
  ],
};
const zh: FunctionsMetadata = {
  functions: en.functions.map((f) => ({ ...f, description: `中文 ${f.id}`, parameters: f.parameters.map((p) => ({ ...p, description: `参数 ${p.name}` })) })),
};

const zhTW: FunctionsMetadata = {
  functions: en.functions.map((f) => ({ ...f, description: `繁體 ${f.id}`, parameters: f.parameters.map((p) => ({ ...p, description: `參數 ${p.name}` })) })),
};

const html = renderHelpPage(en, [{ lang: "zh-CN", metadata: zh }, { lang: "zh-TW", metadata: zhTW }], "TELE");
const doc = new DOMParser().parseFromString(html, "text/html");

describe("help page", () => {
  it("anchors each function by its lowercase id, where helpPath points", () => {
    expect(helpAnchor("NET_PROFIT")).toBe("net_profit");
    expect(helpPath("NET_PROFIT")).toBe("help/functions.html#net_profit");
    expect(Array.from(doc.getElementsByTagName("section")).map((s) => s.getAttribute("id"))).toEqual(["net_profit", "allocate"]);
  });

  it("shows the namespaced signature with optional parameters in brackets", () => {
    const headings = Array.from(doc.getElementsByTagName("h2")).map((h) => h.textContent);
    expect(headings).toEqual(["TELE.NET_PROFIT(revenue, [refunds])", "TELE.ALLOCATE(amounts)"]);
  });

  it("escapes descriptions and shows every language", () => {
    expect(html).toContain("Revenue minus costs &amp; refunds, in exact cents.");
    expect(html).toContain("Refunds &lt;optional&gt;.");
    expect(html).toContain("中文 NET_PROFIT");
    expect(html).toContain("参数 refunds");
  });

  it("gives Traditional Chinese its own description, column and how-to line, marked zh-TW", () => {
    const marked = (lang: string) => Array.from(doc.getElementsByTagName("*")).filter((e) => e.getAttribute("lang") === lang).map((e) => e.textContent);
    expect(marked("zh-TW")).toEqual(expect.arrayContaining(["繁體 NET_PROFIT", "參數 refunds", "說明", expect.stringContaining("在儲存格中輸入 =TELE.")]));
    expect(marked("zh-CN")).not.toContain("繁體 NET_PROFIT");
  });

  it("describes ranges and spilled results", () => {
    expect(html).toContain("<td>range of any</td>");
    expect(html).toContain("Returns 返回: a spilled range");
  });
});
