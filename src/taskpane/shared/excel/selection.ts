/** The selection port in Excel: one Excel.run, one sync. */
import type { SelectionPort } from "../selectionPort";

export const excelSelection: SelectionPort = {
  selectedAddress: () =>
    Excel.run(async (context) => {
      const range = context.workbook.getSelectedRange().load("address");
      await context.sync();
      return range.address;
    }),
};
