/**
 * A hostile policy file (huge, deeply nested, prototype keys, wrong types, NaN and Infinity in any
 * form) is rejected with a message by the policy reader, importPolicyJson (engine/policyJson.ts,
 * which the pane's file import and the workbook load share), without an exception, without
 * polluting Object.prototype, and without touching the policy in use (docs/security.md).
 */
import { defaultPolicy, type Policy } from "../../src/engine/policy";
import { getPolicy, onPolicyChange, resetPolicyStoreForTests, setPolicy } from "../../src/engine/policyStore";
import { exportPolicyJson, importPolicyJson } from "../../src/engine/policyJson";

const READERS = { importPolicyJson } as const;
type Reader = keyof typeof READERS;
const READER_NAMES = Object.keys(READERS) as Reader[];

const DEPTH = 100_000;
const MB = 1024 * 1024;

const policyText = exportPolicyJson(defaultPolicy());

let current: Policy;
let snapshot: Policy;
let notified: number;
let prototypeKeys: string[];

beforeEach(() => {
  resetPolicyStoreForTests();
  current = { ...defaultPolicy(), name: "The policy in use", revision: 7 };
  setPolicy(current);
  snapshot = structuredClone(current);
  notified = 0;
  onPolicyChange(() => notified++);
  prototypeKeys = Object.getOwnPropertyNames(Object.prototype);
});

afterEach(() => {
  // The policy in use is the same object, unchanged, and nobody was told of a change.
  expect(getPolicy()).toBe(current);
  expect(current).toEqual(snapshot);
  expect(notified).toBe(0);
  // No prototype pollution.
  expect(Object.getOwnPropertyNames(Object.prototype)).toEqual(prototypeKeys);
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
});

/** Runs a reader; a thrown exception is a failure of the test, reported with its message. */
function rejectionOf(reader: Reader, text: string): { errors: string[] } {
  const result = READERS[reader](text);
  expect(result.ok).toBe(false);
  return { errors: result.ok ? [] : result.errors };
}

describe.each(READER_NAMES)("%s", (reader) => {
  describe("a 50 MB file", () => {
    // A size message, before any parsing: a policy is a few KB (the default's export is ~4.6 KB).
    const SIZE_MESSAGE = /\b(too large|too big|too long|[KM]B|characters)\b/i;
    const huge: Record<string, () => string> = {
      "a valid policy whose name is 50 MB": () => policyText.replace('"TeleScore default"', JSON.stringify("x".repeat(50 * MB))),
      "a valid policy after 50 MB of spaces": () => " ".repeat(50 * MB) + policyText,
      "a text that never closes its first string": () => `"${"x".repeat(50 * MB)}`,
    };

    it.each(Object.keys(huge))("%s is rejected with a size message", (name) => {
      const { errors } = rejectionOf(reader, huge[name]());
      expect(errors.join(" ")).toMatch(SIZE_MESSAGE);
    });

    it("a 10 MB unterminated string gives a message, not a stack overflow", () => {
      // Found by this test: the JSON error scanner's string pattern overflows the regexp stack
      // somewhere between 1 and 10 million characters, and the RangeError escaped the reader.
      expect(() => rejectionOf(reader, `{"name": "${"x".repeat(10 * MB)} }`)).not.toThrow();
    });
  });

  describe(`JSON nested ${DEPTH} levels`, () => {
    const deep: Record<string, string> = {
      "a list of lists": "[".repeat(DEPTH) + "]".repeat(DEPTH),
      "objects in objects": '{"a":'.repeat(DEPTH) + "1" + "}".repeat(DEPTH),
      "as the policy's name": policyText.replace('"TeleScore default"', "[".repeat(DEPTH) + "]".repeat(DEPTH)),
      "as a dimension": policyText.replace('"dimensions": [', `"dimensions": [${'{"metrics":'.repeat(DEPTH)}1${"}".repeat(DEPTH)},`),
      "never closed": "[".repeat(DEPTH),
    };

    it.each(Object.keys(deep))("%s is rejected with a message", (name) => {
      const { errors } = rejectionOf(reader, deep[name]);
      expect(errors.length).toBeGreaterThan(0);
      expect(errors.every((e) => e.trim().length > 0)).toBe(true);
    });
  });

  describe("prototype keys", () => {
    // A Map: in an object literal, `__proto__: …` would set the literal's prototype, not a key.
    const PAYLOAD = new Map([
      ["__proto__", '{"polluted": "yes"}'],
      ["constructor", '{"prototype": {"polluted": "yes"}}'],
      ["prototype", '{"polluted": "yes"}'],
    ]);
    const KEYS = [...PAYLOAD.keys()];

    /** The policy file with `key` inserted into the object at `path`; written as text, as a file would be. */
    function withKey(path: (string | number)[], key: string, base = defaultPolicy() as unknown): string {
      const copy = structuredClone(base) as Record<string, unknown>;
      let node: Record<string, unknown> = copy;
      for (const step of path) node = node[step] as Record<string, unknown>;
      node.__probe__ = null; // a plain key here; swapped for the hostile one in the text below
      return JSON.stringify(copy).replace('"__probe__":null', `${JSON.stringify(key)}:${PAYLOAD.get(key)}`);
    }

    /** The path of every object in the default policy, the root included. */
    function objectPaths(value: unknown, path: (string | number)[] = []): (string | number)[][] {
      if (typeof value !== "object" || value === null) return [];
      const own = Array.isArray(value) ? [] : [path];
      return [...own, ...Object.entries(value).flatMap(([k, v]) => objectPaths(v, [...path, Array.isArray(value) ? Number(k) : k]))];
    }

    const paths = objectPaths(defaultPolicy());

    it.each(KEYS)("%s in every object of a policy is refused by name", (key) => {
      expect(paths.length).toBeGreaterThan(20); // root, dimensions, metrics, labels, baselines, values…
      for (const path of paths) {
        const { errors } = rejectionOf(reader, withKey(path, key));
        expect({ path, named: errors.some((e) => e.includes(`"${key}"`)) }).toEqual({ path, named: true });
      }
    });

    it.each(KEYS)("%s in a policy of the pre-release format (migrated before it is checked) is refused", (key) => {
      const v0 = { ...defaultPolicy(), schemaVersion: 0, dimensions: defaultPolicy().dimensions.map((d) => ({ ...d, weight: d.weight / 100 })) };
      for (const path of [[], ["dimensions", 0], ["dimensions", 0, "metrics", 0]]) {
        const { errors } = rejectionOf(reader, withKey(path, key, v0));
        expect(errors.join(" ")).toContain(`"${key}"`);
      }
    });

    it.each(KEYS)("%s 20 levels down, below any policy field, is rejected", (key) => {
      const nested = `${'{"a":'.repeat(20)}{${JSON.stringify(key)}:${PAYLOAD.get(key)}}${"}".repeat(20)}`;
      rejectionOf(reader, policyText.replace('"zh": "工作量"', `"zh": "工作量", "x": ${nested}`));
    });
  });

  describe("wrong types", () => {
    /** Every leaf value of the default policy, with its path as the messages write it. */
    function leaves(value: unknown, path: (string | number)[] = []): { path: (string | number)[]; value: unknown }[] {
      if (typeof value !== "object" || value === null) return [{ path, value }];
      return Object.entries(value).flatMap(([k, v]) => leaves(v, [...path, Array.isArray(value) ? Number(k) : k]));
    }
    // A key that is no identifier ("zh-Hant") is written quoted in brackets, as formatPath does.
    const written = (path: (string | number)[]) =>
      path.map((s, i) => (typeof s === "number" ? `[${s}]` : /^[A-Za-z_$][\w$]*$/.test(s) ? `${i ? "." : ""}${s}` : `[${JSON.stringify(s)}]`)).join("");

    const NOT_NUMBERS: unknown[] = ["NaN", "Infinity", "-Infinity", "1e999", "12", "", null, true, [], {}];
    const NOT_TEXT: unknown[] = [12, null, false, [], {}];

    function withLeaf(path: (string | number)[], value: unknown): string {
      const copy = structuredClone(defaultPolicy()) as unknown as Record<string, unknown>;
      let node = copy;
      for (const step of path.slice(0, -1)) node = node[step] as Record<string, unknown>;
      node[path[path.length - 1]] = value;
      return JSON.stringify(copy);
    }

    it("in any field, even as numbers written as text, are rejected with the field's path", () => {
      const all = leaves(defaultPolicy());
      expect(all.length).toBeGreaterThan(100);
      const unnamed: string[] = [];
      for (const { path, value } of all) {
        for (const wrong of typeof value === "number" ? NOT_NUMBERS : NOT_TEXT) {
          const { errors } = rejectionOf(reader, withLeaf(path, wrong));
          if (!errors.some((e) => e.startsWith(`${written(path)}:`))) unnamed.push(`${written(path)} = ${JSON.stringify(wrong)}: ${errors.join(" | ")}`);
        }
      }
      expect(unnamed).toEqual([]);
    });

    it.each(["NaN", "Infinity", "-Infinity"])("a bare %s where a number goes is invalid JSON, said where", (token) => {
      const { errors } = rejectionOf(reader, policyText.replace('"minPresence": 0.5', `"minPresence": ${token}`));
      expect(errors).toEqual([expect.stringMatching(/^The policy file is not valid JSON: at line \d+, column \d+/)]);
    });

    it("1e999, which JSON reads as Infinity, is refused as not a number", () => {
      const { errors } = rejectionOf(reader, policyText.replace('"minPresence": 0.5', '"minPresence": 1e999'));
      expect(errors).toEqual([expect.stringMatching(/^minPresence: /)]);
    });

    it.each([
      ["a list", "[]"],
      ["text", '"policy"'],
      ["a number", "42"],
      ["null", "null"],
      ["nothing", ""],
    ])("%s instead of a policy is rejected", (_, text) => {
      expect(rejectionOf(reader, text).errors.length).toBeGreaterThan(0);
    });
  });
});
