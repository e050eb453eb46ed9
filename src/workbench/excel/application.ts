/**
 * Excel.Application (https://learn.microsoft.com/javascript/api/excel/excel.application):
 * calculate(Excel.CalculationType.full) recomputes every formula, finishing after the sync has
 * returned (Workbook.calculate); calculationState (ExcelApi 1.8) says "Calculating" until then.
 * Calculation is always automatic here, and suspending it until the next sync changes nothing
 * (writes in one sync are already calculated once, at its end).
 */
import { ClientObject, type Readers } from "./clientObject";
import type { Workbook } from "./workbook";

export class Application extends ClientObject<Workbook> {
  protected readonly _typeName = "Application";

  protected override _readers(): Readers<Workbook> {
    return { calculationMode: () => "Automatic", calculationState: (m) => (m.calculating ? "Calculating" : "Done") };
  }

  get calculationMode(): string {
    return this._get("calculationMode");
  }

  get calculationState(): string {
    return this._get("calculationState");
  }

  /** "Recalculate", "Full" or "FullRebuild" (Excel.CalculationType). */
  calculate(calculationType: string): void {
    this._queue("calculate", [calculationType], (model) => model.calculate(calculationType));
  }

  suspendApiCalculationUntilNextSync(): void {}
}
