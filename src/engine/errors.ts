/**
 * The engine's one error type. `kind` maps one-to-one onto the Excel error a cell shows
 * (docs/method.md, "Input values"): "value" -> #VALUE!, "num" -> #NUM!, "na" -> #N/A.
 * The message always says what to fix, because it is what the user reads in the cell.
 */
export type ErrorKind = "value" | "num" | "na";

export class ScoreError extends Error {
  constructor(
    readonly kind: ErrorKind,
    message: string,
  ) {
    super(message);
    this.name = "ScoreError";
  }
}

export const valueError = (message: string): ScoreError => new ScoreError("value", message);
export const numError = (message: string): ScoreError => new ScoreError("num", message);
export const notFoundError = (message: string): ScoreError => new ScoreError("na", message);

/** A score or amount that may be missing: `null` is the engine's "blank" (docs/method.md, "Missing data"). */
export type Maybe<T> = T | null;

/** What to tell a person about a thrown value: an Error's message, anything else as text. */
export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
