/**
 * The data of the latest review TeleScore made in this workbook, read again from its source (the
 * table or range the review was generated from, with the column mapping saved for it), for the
 * policy preview (docs/explain.md): records only, nothing is written.
 */
import { parsePeriod, type Period } from "../../../../engine/review/period";
import { readRecords, type RepPeriodRecord, type RowProblem } from "../../../../engine/review/records";
import type { FieldKey } from "../../../../engine/review/fields";
import type { HeaderMapping } from "../../../../engine/review/headerMapping";
import { readMappedSource } from "../../../review/excel/mappingStorage";
import { listReviews, type ReviewRecord } from "../../../review/excel/reviewRegistry";

export interface ReviewData {
  review: ReviewRecord;
  period: Period;
  records: RepPeriodRecord[];
  problems: RowProblem[];
}

/** The latest review's records (by when it was generated); null when the workbook has no review. */
export async function readLatestReviewData(): Promise<ReviewData | null> {
  const reviews = await listReviews();
  const review = [...reviews].sort((a, b) => a.generatedAt.localeCompare(b.generatedAt)).pop();
  if (!review) return null;
  // A review made from a selection is read again from the address it was made from, not from today's selection.
  const ref = review.source.ref.kind === "selection" ? { kind: "range" as const, address: review.source.address } : review.source.ref;
  const { source, mapping } = await readMappedSource(ref, "repPeriod");
  const { records, problems } = readRecords(source, mapping as HeaderMapping<FieldKey>);
  return { review, period: parsePeriod(review.period), records, problems };
}
