/** What a view may ask about the user's selection in the sheet (excel/selection.ts is Excel's). */
export interface SelectionPort {
  /** The selected range's address, with its sheet ("Review!F2:F101"). */
  selectedAddress(): Promise<string>;
}
