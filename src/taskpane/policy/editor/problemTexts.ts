/**
 * A refused policy's problems in the pane's language: each one with its place in words and the
 * dimension or metric named by its label (policyMessages.ts); a file's own problems (too large,
 * not JSON) have only their English text.
 */
import type { PolicyResult } from "../../../engine/policySchema";
import { policyProblemText } from "../../../engine/policyMessages";
import type { Locale } from "../../../engine/locale";

export function problemTexts(result: PolicyResult, draft: unknown, locale: Locale): string[] {
  if (result.ok) return [];
  return result.problems ? result.problems.map((p) => policyProblemText(p, draft, locale)) : result.errors;
}
