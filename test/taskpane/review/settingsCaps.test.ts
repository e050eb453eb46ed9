/**
 * Settings that grow with use stay within a size: the review records (one per review ever made)
 * and a source's remembered header choices (kept for headers that come and go) lose their oldest
 * entries first, never the one just written.
 */
import { CHOICES_LIMIT, mappingSettingKey, saveChoices } from "../../../src/taskpane/review/excel/mappingStorage";
import { generateReview } from "../../../src/taskpane/review/excel/reviewSheet";
import { REVIEWS_KEY, REVIEWS_LIMIT, type ReviewRecord } from "../../../src/taskpane/review/excel/reviewRegistry";
import { dataSheet, HEADERS, JULY } from "./fixtures";
import { reviewWorkbook } from "./reviewHarness";

/** A record as a review of `year`-`month` years ago would have left, with 41 columns. */
function oldRecord(i: number): ReviewRecord {
  const period = `${1900 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, "0")}`;
  return {
    table: `TeleScoreReview_${period.replace("-", "_")}`,
    period,
    locale: "en",
    mode: "live",
    generatedAt: "2020-01-01T00:00:00.000Z",
    user: null,
    source: { ref: { kind: "table", name: "RepData" }, address: "Data!A1:U4" },
    policy: { name: "TeleScore default", revision: 1 },
    columns: Array.from({ length: 41 }, (_, c) => ({ key: `column_${c}`, header: `Column header ${c}` })),
    area: { rows: 40, columns: 41 },
  };
}

it("keeps the review records within REVIEWS_LIMIT, dropping the oldest and keeping the review just made", async () => {
  const wb = await reviewWorkbook(dataSheet(JULY));
  wb.table("Data!A1:U4", "RepData");
  const old = Array.from({ length: 400 }, (_, i) => oldRecord(i));
  expect(JSON.stringify(old).length).toBeGreaterThan(REVIEWS_LIMIT); // the case this guards
  wb.workbook.setSetting(REVIEWS_KEY, JSON.stringify(old));
  wb.workbook.endBatch();

  await generateReview({ source: { kind: "table", name: "RepData" }, period: "2026-07", mode: "live", locale: "en", user: "Mei Chen" });

  const text = JSON.parse(wb.workbook.settings.get(REVIEWS_KEY)!) as string;
  const records = JSON.parse(text) as ReviewRecord[];
  expect(text.length).toBeLessThanOrEqual(REVIEWS_LIMIT);
  expect(records[records.length - 1].table).toBe("TeleScoreReview_2026_07");
  // What stays is the newest run of the old ones, in order.
  const kept = records.slice(0, -1).map((r) => r.table);
  expect(kept).toEqual(old.slice(old.length - kept.length).map((r) => r.table));
  expect(kept.length).toBeGreaterThan(0);
});

it("keeps a source's remembered choices within CHOICES_LIMIT, always keeping the current headers' choices", async () => {
  const wb = await reviewWorkbook(dataSheet(JULY));
  const key = mappingSettingKey("repPeriod", "table:RepData");
  const stale = Object.fromEntries(Array.from({ length: 2000 }, (_, i) => [`a header from an old export number ${i}`, null]));
  expect(JSON.stringify(stale).length).toBeGreaterThan(CHOICES_LIMIT); // the case this guards
  wb.workbook.setSetting(key, JSON.stringify(stale));
  wb.workbook.endBatch();

  // The user says the "Quality score" column (index 20) is not used.
  const saved = await saveChoices("repPeriod", "table:RepData", HEADERS, { 20: null });

  const text = JSON.parse(wb.workbook.settings.get(key)!) as string;
  expect(text.length).toBeLessThanOrEqual(CHOICES_LIMIT);
  const headers = Object.keys(saved);
  expect(headers[headers.length - 1]).toBe("quality score");
  // The stale ones kept are the newest (the last) of those stored.
  const keptStale = headers.slice(0, -1);
  expect(keptStale).toEqual(Object.keys(stale).slice(2000 - keptStale.length));
});
