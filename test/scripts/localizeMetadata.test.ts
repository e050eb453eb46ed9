import type { FunctionsMetadata } from "../../scripts/build/functionsMetadata";
import { localizeMetadata } from "../../scripts/build/localizeMetadata";

const metadata: FunctionsMetadata = {
  allowCustomDataForDataTypeAny: true,
  functions: [
    {
      id: "GRADE",
      name: "GRADE",
      description: "Grade of a score.",
      helpUrl: "https://localhost:3000/help/functions.html#grade",
      parameters: [{ name: "score", description: "The total score.", type: "number" }],
      result: { type: "string" },
    },
    {
      id: "WEIGHT",
      name: "WEIGHT",
      description: "Weight of a key.",
      parameters: [
        { name: "key", description: "Dimension or metric key.", type: "string" },
        { name: "scope", description: "Optional scope.", type: "string", optional: true },
      ],
    },
  ],
};

const table = {
  GRADE: { description: "总分对应的等级。", parameters: { score: "总分。" } },
  WEIGHT: { description: "权重。", parameters: { key: "维度或指标键。", scope: "范围。" } },
};

describe("localizeMetadata", () => {
  it("replaces descriptions by id and keeps every other field", () => {
    const { metadata: zh, problems } = localizeMetadata(metadata, table, "zh.json");
    expect(problems).toEqual([]);
    expect(zh).toEqual({
      allowCustomDataForDataTypeAny: true,
      functions: [
        {
          ...metadata.functions[0],
          description: "总分对应的等级。",
          parameters: [{ name: "score", description: "总分。", type: "number" }],
        },
        {
          ...metadata.functions[1],
          description: "权重。",
          parameters: [
            { name: "key", description: "维度或指标键。", type: "string" },
            { name: "scope", description: "范围。", type: "string", optional: true },
          ],
        },
      ],
    });
  });

  it("does not modify the English metadata", () => {
    localizeMetadata(metadata, table, "zh.json");
    expect(metadata.functions[0].description).toBe("Grade of a score.");
  });

  it("reports a missing function, an extra id, a missing and an unknown parameter, and an empty description", () => {
    const broken = {
      WEIGHT: { description: " ", parameters: { key: "键。", scop: "范围。" } },
      TOTAL: { description: "总分。", parameters: {} },
    };
    const { problems } = localizeMetadata(metadata, broken, "zh.json");
    expect(problems.sort()).toEqual(
      [
        'zh.json: "TOTAL" is not a function id in functions.json (extra entry)',
        'zh.json: no entry for function "GRADE"',
        'zh.json: "WEIGHT".description must be a non-empty string',
        'zh.json: "WEIGHT" has a translation for unknown parameter "scop"',
        'zh.json: "WEIGHT" has no translation for parameter "scope"',
      ].sort(),
    );
  });

  it("rejects a table that is not an object keyed by id", () => {
    expect(localizeMetadata(metadata, [table], "zh.json").problems).toEqual(["zh.json must be an object keyed by function id"]);
  });
});
