/**
 * From what the workbook adapter read to an explanation (docs/explain.md): a TELE call is
 * explained by calling the same function with the same argument values (nested TELE calls first,
 * their results becoming arguments, as Excel evaluates them); a review row by recomputing it from
 * its cells with the engine. Pure: the view renders what this returns.
 */
import type { CellValue } from "../../engine/input";
import { explainReviewRow, type ReviewRowExplanation, type ReviewRowInput } from "../../engine/explain/reviewRowExplain";
import type { Policy } from "../../engine/policy";
import { explainCall, type CallExplanation } from "../../functions/explainCall";
import type { ReviewRecord } from "../review/excel/reviewRegistry";
import type { ReadArgument, ReadCall, Selection } from "./excel/explainWorkbook";

export interface ExplainedArgument extends ReadArgument {
  nestedCall: ExplainedCall | null;
}

export interface ExplainedCall {
  id: string;
  args: ExplainedArgument[];
  /** Why the call cannot be explained: an argument TeleScore cannot evaluate, or one holding an error. */
  blocked: ExplainedArgument | null;
  explanation: CallExplanation | null;
}

export type Explained =
  | { kind: "call"; address: string; formula: string; shown: CellValue; call: ExplainedCall }
  | {
      kind: "reviewRow";
      address: string;
      record: ReviewRecord;
      rep: string;
      shownTotal: number | null;
      explanation: ReviewRowExplanation;
      /** A live month row whose period cell (its check of the data row, TELE.SOURCE_ROW) shows an error: the data was sorted or changed since. */
      sourceMoved: boolean;
    }
  | { kind: "other"; address: string; formula: string | null };

function explainRead(call: ReadCall): ExplainedCall {
  const args: ExplainedArgument[] = call.args.map((a) => ({ ...a, nestedCall: a.nested ? explainRead(a.nested) : null }));
  const blocked = args.find((a) => a.unread || a.error !== null || (a.nestedCall !== null && a.nestedCall.explanation?.result == null)) ?? null;
  if (blocked) return { id: call.id, args, blocked, explanation: null };
  const values = args.map((a) => (a.nestedCall ? a.nestedCall.explanation!.result : a.value));
  return { id: call.id, args, blocked: null, explanation: explainCall(call.id, values) };
}

const numberOr = (v: CellValue | undefined): number | null => (typeof v === "number" ? v : null);

/** The review row's cells as the engine's input: each metric's actual and target, presence or quality. */
export function reviewRowInput(policy: Policy, record: ReviewRecord, cells: Record<string, CellValue>): ReviewRowInput {
  const metrics: ReviewRowInput["metrics"] = {};
  for (const d of policy.dimensions) {
    for (const m of d.metrics) metrics[m.key] = { actual: numberOr(cells[`${m.key}.actual`]), target: numberOr(cells[`${m.key}.target`]) };
  }
  return {
    period: /Q\d$/i.test(record.period) ? "quarter" : "month",
    presence: numberOr(cells.presence),
    quality: numberOr(cells.quality),
    metrics,
  };
}

export function explainSelection(selection: Selection, policy: Policy): Explained {
  switch (selection.kind) {
    case "call":
      return { ...selection, call: explainRead(selection.call) };
    case "reviewRow": {
      const { cells, record } = selection;
      const rep = [cells.repName, cells.repId].filter((x) => x !== null && x !== undefined && x !== "").join(" · ");
      return {
        kind: "reviewRow",
        address: selection.address,
        record,
        rep,
        shownTotal: numberOr(cells.total),
        explanation: explainReviewRow(policy, reviewRowInput(policy, record, cells)),
        sourceMoved: selection.errors.includes("period"),
      };
    }
    default:
      return selection;
  }
}
