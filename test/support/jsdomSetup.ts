/**
 * What jsdom lacks and the pane's tests need. Import it first in a jsdom test (or list it in
 * jest's setupFiles). Only fills gaps; a jsdom that grows the API wins.
 */
import { TextEncoder } from "util";

/**
 * CSS.escape (CSSOM spec, "serialize an identifier"): user-event calls it to find the other
 * radios of a group when arrow keys move the selection.
 */
function cssEscape(value: string): string {
  let out = "";
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    const ch = value.charAt(i);
    if (code === 0) out += "\uFFFD";
    else if ((code >= 0x1 && code <= 0x1f) || code === 0x7f || (i === 0 && code >= 0x30 && code <= 0x39) || (i === 1 && code >= 0x30 && code <= 0x39 && value.charCodeAt(0) === 0x2d)) {
      out += `\\${code.toString(16)} `;
    } else if (i === 0 && value.length === 1 && code === 0x2d) out += `\\${ch}`;
    else if (code >= 0x80 || code === 0x2d || code === 0x5f || /[0-9A-Za-z]/.test(ch)) out += ch;
    else out += `\\${ch}`;
  }
  return out;
}

if (typeof window !== "undefined") {
  const w = window as unknown as { CSS?: { escape?: (value: string) => string } };
  w.CSS ??= {};
  w.CSS.escape ??= cssEscape;
}

/** jsdom has no TextEncoder; the Excel adapters (chunkedSync) make one when their module loads. Node's is the same WHATWG class. */
globalThis.TextEncoder ??= TextEncoder as typeof globalThis.TextEncoder;
