/**
 * The TELE functions as the workbench page registers them, for the workbench tests: the metadata
 * the build generates from src/functions/functions.ts, and each function associated through the
 * CustomFunctions shim exactly as the associate calls the build appends to that file do.
 */
import { join } from "path";
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";
import * as functions from "../../src/functions/functions";
import type { CustomFunctionsShim } from "../../src/workbench/customFunctionsShim";
import type { CustomFunctionImplementation, CustomFunctionsMetadata } from "../../src/workbench/teleFormulaPlugin";

/** Generates functions.json and runs the build's `CustomFunctions.associate("ID", fn)` calls against `shim`. */
export async function associateTeleFunctions(shim: CustomFunctionsShim): Promise<CustomFunctionsMetadata> {
  const generated = await generateCustomFunctionsMetadata(join(__dirname, "../../src/functions/functions.ts"));
  const exported = functions as unknown as Record<string, CustomFunctionImplementation>;
  for (const { id, functionName } of generated.associate) shim.runtime.associate(id, exported[functionName]);
  return JSON.parse(generated.metadataJson) as CustomFunctionsMetadata;
}
