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

/** The key of the sorted numbers in a range vertex's function cache. */
const SORTED_KEY = "RANK.EQ:sorted";

/** How many of the ascending `sorted` are below `x` (or, with `orEqual`, not above it): a binary search. */
function countBelow(sorted: Float64Array, x: number, orEqual: boolean): number {
  let [low, high] = [0, sorted.length];
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (sorted[mid] < x || (orEqual && sorted[mid] === x)) low = mid + 1;
    else high = mid;
  }
  return low;
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
      const sorted = this.sortedNumbers(ref);
      const below = countBelow(sorted, number, false);
      const upTo = countBelow(sorted, number, true);
      if (upTo === below) return new CellError(ErrorType.NA, "RANK.EQ: the number is not in the list.");
      return 1 + (order === 0 ? sorted.length - upTo : below);
    });
  }

  /**
   * The numbers of `ref`, sorted ascending. The review ranks thousands of reps over one column, so
   * they are sorted once and kept on HyperFormula's vertex for the range, whose cache HyperFormula
   * clears whenever a cell of the range changes (as it does for SUM's); a list that is no range in
   * the sheet is sorted per call.
   */
  private sortedNumbers(ref: SimpleRangeValue): Float64Array {
    const vertex = ref.range ? this.dependencyGraph.getRange(ref.range.start, ref.range.end) : undefined;
    const cached: unknown = vertex?.getFunctionValue(SORTED_KEY);
    if (cached instanceof Float64Array) return cached;
    const numbers: number[] = [];
    for (const row of ref.data) {
      for (const cell of row) {
        const x = numberIn(cell);
        if (x !== null) numbers.push(x);
      }
    }
    const sorted = Float64Array.from(numbers).sort();
    vertex?.setFunctionValue(SORTED_KEY, sorted);
    return sorted;
  }
}
