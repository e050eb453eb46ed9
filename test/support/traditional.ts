/**
 * OpenCC (a devDependency, never in the bundle) as the tests' judge of Traditional Chinese: a text
 * is Traditional when OpenCC's mainland -> Taiwan conversion (characters and Taiwan's variants,
 * no phrase rewriting) leaves it as it is.
 */
import * as OpenCC from "opencc-js";

const toTaiwan = OpenCC.Converter({ from: "cn", to: "tw" });

/** Chinese characters: texts without any are neither Simplified nor Traditional. */
export const HAN = /\p{Script=Han}/u;

/** Of these texts, the ones with Simplified-only characters, each beside what OpenCC would write. */
export function notTraditional(texts: Iterable<string>): { text: string; traditional: string }[] {
  return [...texts].filter((t) => toTaiwan(t) !== t).map((text) => ({ text, traditional: toTaiwan(text) }));
}

/** Whether a text holds a character that is written differently in Traditional Chinese. */
export const hasSimplifiedOnly = (text: string): boolean => toTaiwan(text) !== text;

/**
 * Every text of a string table, by path: a text that is a function is called (with 1 for each
 * argument, else "1", else ""), so the words around its facts are checked too.
 */
export function textsOf(value: unknown, prefix = ""): [string, string][] {
  if (typeof value === "string") return [[prefix, value]];
  if (typeof value === "function") {
    for (const arg of [1, "1", ""]) {
      try {
        return textsOf((value as (...args: unknown[]) => unknown)(...Array<unknown>(Math.max(value.length, 1)).fill(arg)), `${prefix}()`);
      } catch {
        // this sample does not fit the function's arguments: try the next one
      }
    }
    throw new Error(`${prefix}: no sample argument fits this text function`);
  }
  if (typeof value !== "object" || value === null) return [];
  return Object.entries(value).flatMap(([key, inner]) => textsOf(inner, prefix ? `${prefix}.${key}` : key));
}
