/** The rep-period table the Review view's tests read: English-speaking HR pasted a Chinese export. */
import type { CellValue } from "../../../src/engine/input";
import { tableBlock } from "./fakeReviewWorkbook";

export const HEADERS = ["工号", "姓名", "岗位", "月份", "呼出量", "外呼数", "通话时长(秒)", "本月销售额", "备注"];

/** Months June, July and August 2026 (46235 is the Excel serial of 2026-08-01), and one month that is none. */
export const ROWS: CellValue[][] = [
  ["E001", "Ann", "Junior", "2026-06", 800, 810, 36000, 5000, ""],
  ["E001", "Ann", "Junior", "2026年7月", 820, 830, 36600, 5200, ""],
  ["E002", "Bob", "Senior", 46235, 900, 905, 40000, 8000, "new"],
  ["E003", "Cy", "Junior", "n/a", 10, 10, 600, 0, ""],
];

export const REP_DATA = tableBlock("RepData", "Data", HEADERS, ROWS);
