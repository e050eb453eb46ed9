/**
 * Range.text: a value shown through its number format. Covers the formats an add-in writes —
 * fixed decimals, thousands separators, percent, literal text and currency symbols, up to four
 * sections (positive;negative;zero;text), and dates/times (y m d h s, AM/PM, [h]). General shows
 * up to 10 significant digits (Excel also fits the column width, which is not emulated).
 * Anything else falls back to General.
 */

export type CellValue = number | string | boolean;

/**
 * What is worked out from a format's text, remembered by that text: a sheet shows thousands of
 * cells in a few formats (autofit reads every cell's text). Bounded, in case a sheet has very many.
 */
function remembered<T>(compute: (text: string) => T): (text: string) => T {
  const known = new Map<string, T>();
  return (text) => {
    let result = known.get(text);
    if (result === undefined) {
      result = compute(text);
      if (known.size >= 1000) known.clear();
      known.set(text, result);
    }
    return result;
  };
}

/** Splits on ";" outside quotes. */
const sections = remembered(splitSections);

function splitSections(format: string): string[] {
  const out = [""];
  let quoted = false;
  for (const ch of format) {
    if (ch === '"') quoted = !quoted;
    if (ch === ";" && !quoted) out.push("");
    else out[out.length - 1] += ch;
  }
  return out;
}

/** Removes colours and conditions ("[Red]"), keeps currency symbols ("[$€-407]" -> "€"). */
function stripBrackets(section: string): string {
  return section.replace(/\[\$([^\]-]*)(-[^\]]*)?\]/g, "$1").replace(/\[(?![hms]+\])[^\]]*\]/gi, "");
}

export function formatGeneral(n: number): string {
  if (n === 0) return "0";
  const abs = Math.abs(n);
  if (abs >= 1e11 || abs < 1e-9) return n.toExponential(5).toUpperCase().replace(/\.?0+E/, "E").replace(/E([+-])(\d)$/, "E$10$2");
  return String(Number(n.toPrecision(10)));
}

const DATE_TOKEN = /yyyy|yy|mmmm|mmm|mm|m|dddd|ddd|dd|d|\[h+\]|hh|h|ss|s|am\/pm|a\/p/gi;

function isDateSection(section: string): boolean {
  return /[ymdhs]/i.test(section.replace(/"[^"]*"/g, "").replace(/\\./g, ""));
}

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
const DAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
const pad = (n: number, width = 2): string => String(n).padStart(width, "0");

/** Excel serials count days from 1899-12-30 (the 1900 leap-year bug makes that the epoch). */
function formatDate(serial: number, section: string): string {
  const totalSeconds = Math.round(serial * 86400);
  const date = new Date(Date.UTC(1899, 11, 30) + totalSeconds * 1000);
  const twelveHour = /am\/pm|a\/p/i.test(section);
  const hour = date.getUTCHours();
  // Odd pieces are literals ("text" or \x); tokens are only read from the others.
  const pieces = section.split(/("[^"]*"|\\.)/);
  const tokens = pieces.filter((_, k) => k % 2 === 0).join("\u0000").match(DATE_TOKEN) ?? [];
  let i = 0;
  const token = (raw: string): string => {
    const t = raw.toLowerCase();
    const prev = tokens[i - 1]?.toLowerCase() ?? "";
    const next = tokens[i + 1]?.toLowerCase() ?? "";
    i++;
    // "m"/"mm" right after hours or before seconds are minutes.
    if ((t === "m" || t === "mm") && (prev.includes("h") || next.startsWith("s"))) {
      return t === "mm" ? pad(date.getUTCMinutes()) : String(date.getUTCMinutes());
    }
    switch (t) {
      case "yyyy": return String(date.getUTCFullYear());
      case "yy": return pad(date.getUTCFullYear() % 100);
      case "mmmm": return MONTHS[date.getUTCMonth()];
      case "mmm": return MONTHS[date.getUTCMonth()].slice(0, 3);
      case "mm": return pad(date.getUTCMonth() + 1);
      case "m": return String(date.getUTCMonth() + 1);
      case "dddd": return DAYS[date.getUTCDay()];
      case "ddd": return DAYS[date.getUTCDay()].slice(0, 3);
      case "dd": return pad(date.getUTCDate());
      case "d": return String(date.getUTCDate());
      case "hh": return pad(twelveHour ? hour % 12 || 12 : hour);
      case "h": return String(twelveHour ? hour % 12 || 12 : hour);
      case "ss": return pad(date.getUTCSeconds());
      case "s": return String(date.getUTCSeconds());
      case "am/pm": return hour < 12 ? "AM" : "PM";
      case "a/p": return hour < 12 ? "A" : "P";
      default: return String(Math.floor(totalSeconds / 3600)); // [h]: elapsed hours
    }
  };
  return pieces.map((piece, k) => (k % 2 === 1 ? piece.replace(/^"|"$/g, "").replace(/^\\/, "") : piece.replace(DATE_TOKEN, token))).join("");
}

/** toFixed with Excel's rounding: on the decimal value shown (82.35 -> 82.4), half away from zero. */
function fixed(x: number, decimals: number): string {
  const shifted = Number(`${Number(Math.abs(x).toPrecision(15))}e${decimals}`);
  return Number.isFinite(shifted) && shifted < 1e21 ? (Math.round(shifted) / 10 ** decimals).toFixed(decimals) : Math.abs(x).toFixed(decimals);
}

/** A number section's parts: the literal text around the digits, and how the digits are shown; or only literal text. */
type NumberSection = { literal: string } | { before: string; after: string; percents: number; decimals: number; grouped: boolean; minInt: number };

const numberSection = remembered((section: string): NumberSection => {
  const text = section.replace(/\\(.)/g, '"$1"');
  const core = /[#0?][#0?,]*(\.[#0?]*)?/.exec(text.replace(/"[^"]*"/g, (q) => "\u0000".repeat(q.length)));
  if (!core) return { literal: text.replace(/"([^"]*)"/g, "$1") };
  const literal = (s: string): string => s.replace(/"([^"]*)"/g, "$1").replace(/_.|\*./g, "");
  return {
    before: literal(text.slice(0, core.index)),
    after: literal(text.slice(core.index + core[0].length)),
    percents: (text.replace(/"[^"]*"/g, "").match(/%/g) ?? []).length,
    decimals: core[1] ? core[1].length - 1 : 0,
    grouped: core[0].split(".")[0].includes(","),
    minInt: (core[0].split(".")[0].match(/0/g) ?? []).length,
  };
});

function formatNumberSection(n: number, section: string): string {
  const part = numberSection(section);
  if ("literal" in part) return part.literal;
  let digits = fixed(n * 100 ** part.percents, part.decimals);
  if (part.grouped) digits = digits.replace(/^\d+/, (int) => int.replace(/\B(?=(\d{3})+(?!\d))/g, ","));
  if (part.minInt === 0 && digits.startsWith("0.")) digits = digits.slice(1);
  return part.before + digits + part.after;
}

/** A section as shown: colours and conditions taken out, and whether it shows General or a date. */
const shownSection = remembered((raw: string) => {
  const section = stripBrackets(raw);
  return { section, general: /general/i.test(section), date: isDateSection(section) };
});

const isGeneral = remembered((format: string) => /^(general)?$/i.test(format.trim()) || format === "@");

export function formatValue(value: CellValue, format: string): string {
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  const parts = sections(format);
  if (typeof value === "string") {
    const textSection = parts[3] ?? (parts.length === 1 && parts[0].includes("@") ? parts[0] : undefined);
    return value !== "" && textSection ? textSection.replace(/"([^"]*)"/g, "$1").replace("@", value) : value;
  }
  if (isGeneral(format)) return formatGeneral(value);
  const index = value > 0 || parts.length === 1 ? 0 : value < 0 ? 1 : parts.length > 2 ? 2 : 0;
  const { section, general, date } = shownSection(parts[Math.min(index, parts.length - 1)]);
  if (general) return section.replace(/general/i, formatGeneral(index === 1 ? -value : value));
  if (date) return value < 0 ? "#".repeat(11) : formatDate(value, section);
  const shown = formatNumberSection(index === 1 ? -value : value, section);
  // A single section shows negatives with a minus sign; a negative section carries its own.
  return value < 0 && index === 0 && /[1-9]/.test(shown) ? `-${shown}` : shown;
}
