/**
 * Excel worksheet functions that HyperFormula 3.5 lacks and TeleScore's sheets use, added to every
 * emulated workbook as a HyperFormula function plugin.
 *
 * RANK.EQ(number, ref, [order]) (https://support.microsoft.com/office/rank-eq-function-284858ce-8ef6-450e-b662-26245be04a40):
 * the rank of `number` among the numbers of `ref`, 1 for the largest (order 0 or omitted) or the
 * smallest (any other order); equal numbers share a rank (1, 2, 2, 4). Cells of `ref` that are not
 * numbers are ignored; a number not found in `ref` is #N/A. The review sheet ranks reps with it.
 */
import { CellError, ErrorType, FunctionArgumentType, FunctionPlugin, SimpleRangeValue, type ImplementedFunctions } from "hyperformula";

type Run = FunctionPlugin["runFunction"];
type Asts = Parameters<Run>[0];
type State = Parameters<Run>[1];

/** A range cell as a plain number (dates and percentages are number objects in HyperFormula), or null when it is no number. */
function numberIn(value: unknown): number | null {
  if (typeof value === "number") return value;
  if (typeof value === "object" && value !== null && "val" in value && typeof (value as { val: unknown }).val === "number") return (value as { val: number }).val;
  return null;
}

export class ExcelFunctionsPlugin extends FunctionPlugin {
  static implementedFunctions: ImplementedFunctions = {
    "RANK.EQ": {
      method: "rankEq",
      parameters: [
        { argumentType: FunctionArgumentType.NUMBER },
        { argumentType: FunctionArgumentType.RANGE },
        { argumentType: FunctionArgumentType.NUMBER, defaultValue: 0 },
      ],
    },
  };

  rankEq(ast: { args: Asts }, state: State): ReturnType<Run> {
    return this.runFunction(ast.args, state, this.metadata("RANK.EQ"), (number: number, ref: SimpleRangeValue, order: number) => {
      // A plain loop: the review ranks thousands of reps over the same column, so this runs n² times.
      let found = false;
      let before = 0;
      for (const row of ref.data) {
        for (const cell of row) {
          const x = numberIn(cell);
          if (x === null) continue;
          if (x === number) found = true;
          else if (order === 0 ? x > number : x < number) before++;
        }
      }
      return found ? 1 + before : new CellError(ErrorType.NA, "RANK.EQ: the number is not in the list.");
    });
  }
}
