/**
 * The workbench's workbook: the emulated Excel workbook with the TELE functions in its formula
 * engine — the implementations the shipped functions code associated through the CustomFunctions
 * shim, described by the build's functions.json — so `=TELE.…` typed into a cell runs the shipped code.
 */
import { Workbook } from "./excel/workbook";
import { buildFormulaPlugin, type CustomFunctionImplementation, type CustomFunctionsMetadata } from "./teleFormulaPlugin";

export function teleWorkbook(metadata: CustomFunctionsMetadata, implementations: Record<string, CustomFunctionImplementation>): Workbook {
  return new Workbook({ functionPlugins: [buildFormulaPlugin(metadata, implementations)] });
}
