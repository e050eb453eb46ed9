/**
 * The engine's one error type. `kind` maps one-to-one onto the Excel error a cell shows
 * (docs/method.md, "Input values"): "value" -> #VALUE!, "num" -> #NUM!, "na" -> #N/A.
 * The message always says what to fix, because it is what the user reads in the cell. It is kept
 * as a code and its facts (messages.ts), so it can be shown in the user's language; `message` is
 * the English text.
 */
import { messageText, type MessageCode, type MessageFacts } from "./messages";
import type { Locale } from "./locale";

export type ErrorKind = "value" | "num" | "na";

export class ScoreError<C extends MessageCode = MessageCode> extends Error {
  constructor(
    readonly kind: ErrorKind,
    readonly code: C,
    readonly facts: MessageFacts<C>,
  ) {
    super(messageText("en", code, facts));
    this.name = "ScoreError";
  }

  /** The message in a language. */
  text(lang: Locale): string {
    return messageText(lang, this.code, this.facts);
  }
}

export const valueError = <C extends MessageCode>(code: C, facts: MessageFacts<C>): ScoreError<C> => new ScoreError("value", code, facts);
export const numError = <C extends MessageCode>(code: C, facts: MessageFacts<C>): ScoreError<C> => new ScoreError("num", code, facts);
export const notFoundError = <C extends MessageCode>(code: C, facts: MessageFacts<C>): ScoreError<C> => new ScoreError("na", code, facts);

/** A score or amount that may be missing: `null` is the engine's "blank" (docs/method.md, "Missing data"). */
export type Maybe<T> = T | null;

/** What to tell a person about a thrown value: an Error's message, anything else as text. */
export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
