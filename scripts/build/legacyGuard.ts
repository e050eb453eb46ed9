/**
 * The legacy-webview guard (src/guard/legacyGuard.js) as the build emits it: the TELE function
 * ids from functions.json filled in, so the guard can associate a stand-in with each, and every
 * non-ASCII character escaped, so the file reads the same whatever charset a server declares.
 */

/** Where the template takes the ids; the guard runs with an empty list if the build did not fill it. */
export const FUNCTION_IDS_PLACEHOLDER = "/* TELE function ids */ [];";

export function legacyGuardSource(template: string, functionIds: readonly string[]): string {
  const parts = template.split(FUNCTION_IDS_PLACEHOLDER);
  if (parts.length !== 2) throw new Error(`the guard template must hold "${FUNCTION_IDS_PLACEHOLDER}" exactly once`);
  const filled = `${parts[0]}${JSON.stringify(functionIds)};${parts[1]}`;
  return filled.replace(/[\u0080-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}
