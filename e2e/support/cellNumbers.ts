/**
 * Numbers read back from what cells show, for the tests' own arithmetic: "1,822", "66,009.38",
 * "85.3%". The sample workbook's formats show its values exactly (whole counts, money to the cent,
 * CSAT to 0.1 %), so nothing is lost in the reading.
 */

/** "1,822" → 1822; "85.3%" → 85.3 (percentage points); "" is not a number and throws. */
export function shownNumber(text: string): number {
  const plain = text.replace(/,/g, "").replace(/%$/, "").trim();
  if (plain === "" || !Number.isFinite(Number(plain))) throw new Error(`"${text}" does not show a number`);
  return Number(plain);
}

/** "66,009.38" → 6600938 cents, as an exact integer. */
export function shownCents(text: string): number {
  const match = /^(-?)([\d,]+)\.(\d{2})$/.exec(text.trim());
  if (!match) throw new Error(`"${text}" does not show an amount to the cent`);
  const cents = Number(match[2].replace(/,/g, "")) * 100 + Number(match[3]);
  return match[1] === "-" ? -cents : cents;
}

/** 1234567 cents → "12,345.67", as the pane writes an amount in English. */
export function centsText(cents: number): string {
  const sign = cents < 0 ? "-" : "";
  const magnitude = Math.abs(cents);
  const whole = Math.floor(magnitude / 100).toString().replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  return `${sign}${whole}.${String(magnitude % 100).padStart(2, "0")}`;
}
