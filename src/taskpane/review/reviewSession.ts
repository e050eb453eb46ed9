/**
 * What the Review tab shows, kept while the pane is open: choosing another tab unmounts the view,
 * and coming back must find the source, its mapping as read, the period, the mode and "Generated
 * by" as the user left them (docs/review.md, 4.1). A pane belongs to one workbook and builds its
 * ports once, so the session is keyed by the review port: one per workbook.
 */
import type { CallLogRules } from "../../engine/review/callLogRules";
import type { ReviewMode } from "./excel/reviewRegistry";
import type { SourceChoice } from "./excel/mappingStorage";
import type { SourceBlock } from "./excel/sourceTable";
import type { ReviewWorkbook } from "./reviewWorkbook";
import { NO_SOURCE } from "./useSourceMapping";

/** A source as read, with the user's corrections: what useSourceMapping holds. */
export interface LoadedSource<K extends string> {
  source: SourceBlock;
  overrides: Record<number, K | null>;
  rules: CallLogRules | null;
}

/** Where useSourceMapping keeps its state between mounts. */
export interface SourceMemory<K extends string> {
  choice: SourceChoice;
  loaded: LoadedSource<K> | null;
}

export interface ReviewSession<K extends string> {
  source: SourceMemory<K>;
  period: string;
  mode: ReviewMode;
  user: string;
  /** Whether the choices saved in the workbook were asked for already (once per pane). */
  recalled: boolean;
}

const sessions = new WeakMap<ReviewWorkbook, ReviewSession<string>>();

/** The Review tab's session for this workbook, made empty the first time. */
export function reviewSession<K extends string>(workbook: ReviewWorkbook): ReviewSession<K> {
  let session = sessions.get(workbook);
  if (!session) {
    session = { source: { choice: NO_SOURCE, loaded: null }, period: "", mode: "live", user: "", recalled: false };
    sessions.set(workbook, session);
  }
  return session as ReviewSession<K>;
}
