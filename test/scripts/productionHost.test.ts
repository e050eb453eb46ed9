import { DEFAULT_PRODUCTION_HOST, DEV_ORIGIN, productionHost, rewriteDevOrigin } from "../../scripts/build/productionHost";

describe("productionHost", () => {
  it("defaults when TELESCORE_HOST is unset or blank", () => {
    expect(productionHost(undefined)).toBe(DEFAULT_PRODUCTION_HOST);
    expect(productionHost("  ")).toBe(DEFAULT_PRODUCTION_HOST);
  });

  it("adds the trailing slash, keeping a path prefix", () => {
    expect(productionHost("https://telescore.contoso.com")).toBe("https://telescore.contoso.com/");
    expect(productionHost("https://cdn.contoso.com/telescore")).toBe("https://cdn.contoso.com/telescore/");
    expect(productionHost("https://cdn.contoso.com/telescore/")).toBe("https://cdn.contoso.com/telescore/");
  });

  it("rejects what Office could not load or the rewrite would break", () => {
    expect(() => productionHost("http://telescore.contoso.com")).toThrow(/must use https/);
    expect(() => productionHost("telescore.contoso.com")).toThrow(/not an absolute URL/);
    expect(() => productionHost("https://contoso.com/?v=1")).toThrow(/query or fragment/);
    expect(() => productionHost("https://localhost:8443/")).toThrow(/dev server/);
  });
});

describe("rewriteDevOrigin", () => {
  it("replaces every occurrence of the dev origin and nothing else", () => {
    const text = `<a href="${DEV_ORIGIN}help/functions.html#grade"/><b src="${DEV_ORIGIN}functions.json"/> localhost`;
    expect(rewriteDevOrigin(text, "https://x.example/t/")).toBe(
      '<a href="https://x.example/t/help/functions.html#grade"/><b src="https://x.example/t/functions.json"/> localhost',
    );
  });
});
