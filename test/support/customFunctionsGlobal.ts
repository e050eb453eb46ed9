/**
 * The `CustomFunctions` global that Excel's custom functions runtime provides, for jest, where it
 * does not exist: the workbench's shim (src/workbench/customFunctionsShim.ts), so tests and the
 * page share one copy of the runtime's shape. It is the runtime, not the code under test.
 *
 * Import it for its effect, first thing in a test file: `import "../support/customFunctionsGlobal";`
 */
import { createCustomFunctionsShim } from "../../src/workbench/customFunctionsShim";

createCustomFunctionsShim().install();
