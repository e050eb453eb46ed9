/**
 * Builds functions.zh-CN.json: functions.json with each description and parameter description
 * replaced from the translation table by function id. The generator does not localize, and
 * Excel matches the two files by id, so the table must cover exactly the generated functions
 * and parameters; every mismatch is reported so the build can fail with all of them at once.
 */
import type { FunctionsMetadata, TranslationTable } from "./functionsMetadata";

export interface Localized {
  metadata: FunctionsMetadata;
  /** One line per mismatch; empty when the table fits the metadata exactly. */
  problems: string[];
}

const isText = (v: unknown): v is string => typeof v === "string" && v.trim().length > 0;

export function localizeMetadata(metadata: FunctionsMetadata, table: unknown, tableName: string): Localized {
  const problems: string[] = [];
  if (typeof table !== "object" || table === null || Array.isArray(table)) {
    return { metadata, problems: [`${tableName} must be an object keyed by function id`] };
  }
  const entries = table as Partial<TranslationTable>;
  const ids = new Set(metadata.functions.map((f) => f.id));
  for (const id of Object.keys(entries)) {
    if (!ids.has(id)) problems.push(`${tableName}: "${id}" is not a function id in functions.json (extra entry)`);
  }

  const functions = metadata.functions.map((fn) => {
    const entry = entries[fn.id];
    if (entry === undefined) {
      problems.push(`${tableName}: no entry for function "${fn.id}"`);
      return fn;
    }
    if (!isText(entry.description)) problems.push(`${tableName}: "${fn.id}".description must be a non-empty string`);
    const params = (typeof entry.parameters === "object" && entry.parameters !== null ? entry.parameters : {}) as Record<string, unknown>;
    const names = new Set(fn.parameters.map((p) => p.name));
    for (const name of Object.keys(params)) {
      if (!names.has(name)) problems.push(`${tableName}: "${fn.id}" has a translation for unknown parameter "${name}"`);
    }
    const parameters = fn.parameters.map((p) => {
      const text = params[p.name];
      if (!isText(text)) {
        problems.push(`${tableName}: "${fn.id}" has no translation for parameter "${p.name}"`);
        return p;
      }
      return { ...p, description: text };
    });
    return { ...fn, description: isText(entry.description) ? entry.description : fn.description, parameters };
  });
  return { metadata: { ...metadata, functions }, problems };
}
