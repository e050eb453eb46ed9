/** The Office global of the workbench page: ready as Excel on the web, in the language it is given. */
import { createOfficeShim } from "../../src/workbench/officeShim";

it("is ready as Excel on the web, through the promise and the callback", async () => {
  const office = createOfficeShim("zh-CN");
  const seen: unknown[] = [];
  await expect(office.onReady((info) => seen.push(info))).resolves.toEqual({ host: "Excel", platform: "OfficeOnline" });
  expect(seen).toEqual([{ host: "Excel", platform: "OfficeOnline" }]);
  expect(office.context.displayLanguage).toBe("zh-CN");
});

it("supports the add-in's requirement sets up to the versions the workbench covers", () => {
  const { isSetSupported } = createOfficeShim("en-US").context.requirements;
  expect(isSetSupported("ExcelApi")).toBe(true);
  expect(isSetSupported("ExcelApi", "1.13")).toBe(true);
  expect(isSetSupported("ExcelApi", 1.4)).toBe(true);
  // 1.14 is newer than the emulated host; "1.9" < "1.13" compares as versions, not as text
  expect(isSetSupported("ExcelApi", "1.14")).toBe(false);
  expect(isSetSupported("ExcelApi", "1.9")).toBe(true);
  expect(isSetSupported("SharedRuntime", "1.1")).toBe(true);
  expect(isSetSupported("CustomFunctionsRuntime", "1.1")).toBe(true);
  expect(isSetSupported("WordApi")).toBe(false);
});
