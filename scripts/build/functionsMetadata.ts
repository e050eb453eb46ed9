/**
 * The shape of functions.json as custom-functions-metadata generates it from the JSDoc in
 * src/functions/functions.ts (only the fields the build reads), and of the zh-CN translation
 * table src/functions/functions.zh-CN.json that supplies the Chinese descriptions by id.
 */

export interface ParameterMetadata {
  name: string;
  description?: string;
  type?: string;
  dimensionality?: "scalar" | "matrix";
  optional?: boolean;
  repeating?: boolean;
}

export interface FunctionMetadata {
  id: string;
  name: string;
  description?: string;
  helpUrl?: string;
  parameters: ParameterMetadata[];
  result?: { type?: string; dimensionality?: "scalar" | "matrix" };
}

export interface FunctionsMetadata {
  functions: FunctionMetadata[];
  [other: string]: unknown;
}

/** `{ "<ID>": { "description": "…", "parameters": { "<param>": "…" } } }` */
export type TranslationTable = Record<string, { description: string; parameters: Record<string, string> }>;
