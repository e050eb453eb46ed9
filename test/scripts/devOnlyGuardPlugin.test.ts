import { packageOf } from "../../scripts/build/devOnlyGuardPlugin";

describe("packageOf", () => {
  it("names the package of the last node_modules segment, scoped or not", () => {
    expect(packageOf("/repo/node_modules/hyperformula/es/index.mjs")).toBe("hyperformula");
    expect(packageOf("/repo/node_modules/@fluentui/react-components/lib/index.js")).toBe("@fluentui/react-components");
    expect(packageOf("/repo/node_modules/a/node_modules/@xmldom/xmldom/lib/dom.js")).toBe("@xmldom/xmldom");
    expect(packageOf("C:\\repo\\node_modules\\exceljs\\index.js")).toBe("exceljs");
  });

  it("returns null for the project's own files", () => {
    expect(packageOf("/repo/src/engine/points.ts")).toBeNull();
  });
});
