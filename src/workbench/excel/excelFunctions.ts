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
      const numbers = ref.valuesFromTopLeftCorner().flatMap((v) => {
        const x = numberIn(v);
        return x === null ? [] : [x];
      });
      if (!numbers.includes(number)) return new CellError(ErrorType.NA, "RANK.EQ: the number is not in the list.");
      return 1 + numbers.filter((x) => (order === 0 ? x > number : x < number)).length;
    });
  }
}
