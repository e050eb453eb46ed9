/** The authoring-time draft of Traditional Chinese tables (scripts/i18n/draftHant.ts). */
import { draftFile } from "../../scripts/i18n/draftHant";

const TABLE = `const en: T = {
  save: "Save",
  file: (name: string) => \`Saved \${name}\`,
};

const zh: T = {
  save: "保存",
  file: (name) => \`已保存文件 \${name}\`,
};

export const STRINGS: Translations<T> = { en, zh };
`;

it("adds a zhHant table after the zh one, in Taiwan's words, and lists it in the table", () => {
  const drafted = draftFile(TABLE);
  expect(drafted).toContain(`const zhHant: T = {
  save: "儲存",
  file: (name) => \`已儲存檔案 \${name}\`,
};`);
  expect(drafted.indexOf("const zhHant")).toBeGreaterThan(drafted.indexOf("const zh:"));
  expect(drafted).toContain('export const STRINGS: Translations<T> = { en, zh, "zh-Hant": zhHant };');
  // The Simplified table is left as it was.
  expect(drafted).toContain('  save: "保存",');
});

it("leaves a file that has its Traditional table, or no Simplified one, as it is", () => {
  const drafted = draftFile(TABLE);
  expect(draftFile(drafted)).toBe(drafted);
  expect(draftFile("const en = {};\n")).toBe("const en = {};\n");
});
