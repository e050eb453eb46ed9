/**
 * The texts of importing a call log from a CSV file, once per language; both tables are typed
 * `CallLogFileStrings`, so a key missing from either is a compile error (as in reviewViewStrings.ts).
 * Numbers arrive already formatted.
 */
import type { Translations } from "../../../engine/locale";

export interface CallLogFileStrings {
  heading: string;
  intro: string;
  fileLabel: string;
  fileHint: string;
  readingHeaders: string;
  noHeaders: string;
  readFile: string;
  reading: (percent: string, done: string, total: string) => string;
  readDone: (rows: string, repMonths: string) => string;
  readAgain: string;
  problems: (rows: string) => string;
  writeTable: string;
  writing: (done: string, total: string) => string;
}

const en: CallLogFileStrings = {
  heading: "Or import a CSV file of any size",
  intro: "A dialer export bigger than a sheet (over 1,048,576 rows) is read here straight from the file, a slice at a time, without pasting it into a sheet. The same reading rules apply.",
  fileLabel: "CSV file",
  fileHint: "Comma, semicolon or tab separated; UTF-8 or GB 18030. The first line holds the headers.",
  readingHeaders: "Reading the file's headers…",
  noHeaders: "The file is empty: it has no header line.",
  readFile: "Read the file",
  reading: (percent, done, total) => `Reading the file: ${percent} (${done} of ${total} MB)`,
  readDone: (rows, repMonths) => `Read ${rows} rows of calls: ${repMonths} agent-months. Check the findings, then write the table.`,
  readAgain: "The columns or the rules changed: read the file again to see what they give.",
  problems: (rows) => `${rows} rows could not be read; they will be listed beside the new table, with the reason.`,
  writeTable: "Write the table",
  writing: (done, total) => `Writing rows ${done} of ${total}`,
};

const zh: CallLogFileStrings = {
  heading: "或导入任意大小的 CSV 文件",
  intro: "超过工作表上限（1,048,576 行）的话单可在此直接从文件分段读取，无需粘贴到工作表。读取规则与工作表导入相同。",
  fileLabel: "CSV 文件",
  fileHint: "以逗号、分号或制表符分隔；UTF-8 或 GB 18030 编码。第一行为表头。",
  readingHeaders: "正在读取文件表头…",
  noHeaders: "文件为空：没有表头行。",
  readFile: "读取文件",
  reading: (percent, done, total) => `正在读取文件：${percent}（${total} MB 中的 ${done} MB）`,
  readDone: (rows, repMonths) => `已读取 ${rows} 行通话：${repMonths} 个坐席月。请检查读取结果，然后写入数据表。`,
  readAgain: "列对应或读取规则已更改：请重新读取文件以查看结果。",
  problems: (rows) => `${rows} 行无法读取，将连同原因列在新数据表旁。`,
  writeTable: "写入数据表",
  writing: (done, total) => `正在写入第 ${done} 行，共 ${total} 行`,
};

const zhHant: CallLogFileStrings = {
  heading: "或匯入任意大小的 CSV 檔案",
  intro: "超過工作表上限（1,048,576 列）的通話紀錄可在此直接從檔案分段讀取，不必貼到工作表。讀取規則與從工作表匯入相同。",
  fileLabel: "CSV 檔案",
  fileHint: "以逗號、分號或 Tab 字元分隔；UTF-8 或 GB 18030 編碼。第一列為標題列。",
  readingHeaders: "正在讀取檔案的標題列…",
  noHeaders: "檔案是空的：沒有標題列。",
  readFile: "讀取檔案",
  reading: (percent, done, total) => `正在讀取檔案：${percent}（${total} MB 中的 ${done} MB）`,
  readDone: (rows, repMonths) => `已讀取 ${rows} 列通話紀錄：共 ${repMonths} 筆「電銷人員 × 月份」資料。請檢查讀取結果，再寫入資料表。`,
  readAgain: "欄位對應或讀取規則已變更：請重新讀取檔案以檢視結果。",
  problems: (rows) => `${rows} 列無法讀取，將連同原因列在新資料表旁。`,
  writeTable: "寫入資料表",
  writing: (done, total) => `正在寫入第 ${done} 列，共 ${total} 列`,
};

export const CALL_LOG_FILE_STRINGS: Translations<CallLogFileStrings> = { en, zh, "zh-Hant": zhHant };
