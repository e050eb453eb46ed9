/** How the engine's tests look at a thrown ScoreError. */
import { ScoreError, type ErrorKind } from "../../src/engine/errors";

/** Matches a thrown ScoreError of this kind whose message contains `text`. */
export const scoreError = (kind: ErrorKind, text: string) => expect.objectContaining({ kind, message: expect.stringContaining(text) });

/** The ScoreError `f` throws; anything else (or nothing) fails the test. */
export function errorOf(f: () => unknown): ScoreError {
  try {
    f();
  } catch (e) {
    if (e instanceof ScoreError) return e;
    throw e;
  }
  throw new Error("expected a ScoreError");
}

/** The kind of ScoreError `f` throws, "other" for another exception, undefined when it returns. */
export function kindOf(f: () => unknown): ErrorKind | "other" | undefined {
  try {
    f();
  } catch (e) {
    return e instanceof ScoreError ? e.kind : "other";
  }
  return undefined;
}

/** The Excel error a TELE call throws, checked to be a CustomFunctions.Error (the runtime global must be installed). */
export function excelError(run: () => unknown): CustomFunctions.Error {
  try {
    run();
  } catch (e) {
    expect(e).toBeInstanceOf(CustomFunctions.Error);
    return e as CustomFunctions.Error;
  }
  throw new Error("expected an Excel error, got a value");
}
