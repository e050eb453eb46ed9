#!/usr/bin/env node
/**
 * Draws the TeleScore mark (a headset around rising bars on a teal rounded square) and writes
 * assets/icon-{16,32,64,80,128}.png and assets/logo.svg from one shape description (markShapes),
 * so the raster icons and the vector logo cannot drift apart. No dependencies: shapes are
 * rasterised by supersampling into an RGBA buffer and encoded as PNG with node:zlib.
 *
 * Usage: node scripts/make-icons.mjs [outDir]   (default: assets/)
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { deflateSync } from "node:zlib";

/** Every shape is laid out on a 64 x 64 grid (the SVG viewBox). */
const GRID = 64;
const SIZES = [16, 32, 64, 80, 128];
/** Samples per pixel side; 16 x 16 = 256 samples keeps edges smooth even at 16 px. */
const SUPERSAMPLE = 16;

const WHITE = "#ffffff";
const AMBER = "#fcd34d";
const TEAL_TOP = "#14a39a";
const TEAL_BOTTOM = "#0f766e";

/**
 * The mark, painted in order. At 16 px a 64-grid stroke is barely more than a pixel, so the small
 * variant thickens the headset and bars and drops the microphone, which would only be a smudge.
 */
function markShapes(small) {
  const band = small ? 8 : 5.5;
  const shapes = [
    { kind: "rect", x: 0, y: 0, w: 64, h: 64, r: 14, fill: { from: TEAL_TOP, to: TEAL_BOTTOM } },
    // Headset band: the upper half of a ring, ending on top of the ear cups.
    { kind: "arc", cx: 32, cy: 33, r: 20, width: band, fill: WHITE },
    { kind: "rect", x: small ? 6 : 7, y: 29, w: small ? 12 : 10, h: 18, r: 4, fill: WHITE },
    { kind: "rect", x: small ? 46 : 47, y: 29, w: small ? 12 : 10, h: 18, r: 4, fill: WHITE },
  ];
  if (!small) {
    // Microphone boom from the right cup to the mouth.
    shapes.push(
      { kind: "segment", x1: 52, y1: 46, x2: 44, y2: 53, width: 3.5, fill: WHITE },
      { kind: "circle", cx: 41, cy: 53.5, r: 3.5, fill: WHITE },
    );
  }
  // Rising bars: the score going up, the last one highlighted.
  const barWidth = small ? 7 : 5.5;
  const bars = small ? [21, 28.5, 36] : [21, 29.25, 37.5];
  shapes.push(
    { kind: "rect", x: bars[0], y: 40, w: barWidth, h: 7, r: 1.5, fill: WHITE },
    { kind: "rect", x: bars[1], y: 35, w: barWidth, h: 12, r: 1.5, fill: WHITE },
    { kind: "rect", x: bars[2], y: 28, w: barWidth, h: 19, r: 1.5, fill: AMBER },
  );
  return shapes;
}

function insideRoundedRect(s, x, y) {
  if (x < s.x || x > s.x + s.w || y < s.y || y > s.y + s.h) return false;
  const cx = Math.min(Math.max(x, s.x + s.r), s.x + s.w - s.r);
  const cy = Math.min(Math.max(y, s.y + s.r), s.y + s.h - s.r);
  return (x - cx) ** 2 + (y - cy) ** 2 <= s.r ** 2;
}

function insideShape(s, x, y) {
  switch (s.kind) {
    case "rect":
      return insideRoundedRect(s, x, y);
    case "circle":
      return (x - s.cx) ** 2 + (y - s.cy) ** 2 <= s.r ** 2;
    case "arc": {
      // Upper half only (y grows downwards), butt ends on the horizontal diameter.
      const d = Math.hypot(x - s.cx, y - s.cy);
      return y <= s.cy && Math.abs(d - s.r) <= s.width / 2;
    }
    case "segment": {
      const dx = s.x2 - s.x1;
      const dy = s.y2 - s.y1;
      const t = Math.min(1, Math.max(0, ((x - s.x1) * dx + (y - s.y1) * dy) / (dx * dx + dy * dy)));
      return Math.hypot(x - (s.x1 + t * dx), y - (s.y1 + t * dy)) <= s.width / 2;
    }
    default:
      throw new Error(`unknown shape kind ${s.kind}`);
  }
}

function hexToRgb(hex) {
  const n = Number.parseInt(hex.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

/** Colour of a fill at grid height y: plain, or a top-to-bottom gradient over the shape. */
function colourAt(s, y) {
  if (typeof s.fill === "string") return hexToRgb(s.fill);
  const t = (y - s.y) / s.h;
  const a = hexToRgb(s.fill.from);
  const b = hexToRgb(s.fill.to);
  return a.map((c, i) => c + (b[i] - c) * t);
}

/** Straight-alpha RGBA pixels of the mark at `size` x `size`. */
function rasterise(size) {
  const shapes = markShapes(size <= 16);
  const pixels = new Uint8Array(size * size * 4);
  const scale = GRID / size;
  const samples = SUPERSAMPLE * SUPERSAMPLE;
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      // Premultiplied accumulation of every sample's composited colour.
      let r = 0, g = 0, b = 0, a = 0;
      for (let sy = 0; sy < SUPERSAMPLE; sy++) {
        for (let sx = 0; sx < SUPERSAMPLE; sx++) {
          const x = (px + (sx + 0.5) / SUPERSAMPLE) * scale;
          const y = (py + (sy + 0.5) / SUPERSAMPLE) * scale;
          let top = null;
          for (const s of shapes) if (insideShape(s, x, y)) top = s;
          if (top === null) continue;
          const [cr, cg, cb] = colourAt(top, y);
          r += cr; g += cg; b += cb; a += 1;
        }
      }
      const o = (py * size + px) * 4;
      if (a > 0) {
        pixels[o] = Math.round(r / a);
        pixels[o + 1] = Math.round(g / a);
        pixels[o + 2] = Math.round(b / a);
      }
      pixels[o + 3] = Math.round((255 * a) / samples);
    }
  }
  return pixels;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes) {
  let c = 0xffffffff;
  for (const byte of bytes) c = CRC_TABLE[(c ^ byte) & 255] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function pngChunk(type, data) {
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

function encodePng(size, pixels) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // colour type RGBA
  // Each scanline starts with filter type 0 (none).
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    Buffer.from(pixels.buffer, y * size * 4, size * 4).copy(raw, y * (size * 4 + 1) + 1);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    pngChunk("IHDR", header),
    pngChunk("IDAT", deflateSync(raw, { level: 9 })),
    pngChunk("IEND", Buffer.alloc(0)),
  ]);
}

function svgShape(s) {
  const fill = typeof s.fill === "string" ? s.fill : "url(#bg)";
  switch (s.kind) {
    case "rect":
      return `<rect x="${s.x}" y="${s.y}" width="${s.w}" height="${s.h}" rx="${s.r}" fill="${fill}"/>`;
    case "circle":
      return `<circle cx="${s.cx}" cy="${s.cy}" r="${s.r}" fill="${fill}"/>`;
    case "arc":
      return `<path d="M${s.cx - s.r} ${s.cy}A${s.r} ${s.r} 0 0 1 ${s.cx + s.r} ${s.cy}" fill="none" stroke="${fill}" stroke-width="${s.width}"/>`;
    case "segment":
      return `<line x1="${s.x1}" y1="${s.y1}" x2="${s.x2}" y2="${s.y2}" stroke="${fill}" stroke-width="${s.width}" stroke-linecap="round"/>`;
    default:
      throw new Error(`unknown shape kind ${s.kind}`);
  }
}

function renderSvg() {
  const shapes = markShapes(false);
  const gradient = shapes.find((s) => typeof s.fill !== "string").fill;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${GRID} ${GRID}" width="${GRID}" height="${GRID}" role="img" aria-label="TeleScore">`,
    `<defs><linearGradient id="bg" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="${gradient.from}"/><stop offset="1" stop-color="${gradient.to}"/></linearGradient></defs>`,
    ...shapes.map(svgShape),
    "</svg>",
    "",
  ].join("\n");
}

const outDir = process.argv[2] ?? join(dirname(fileURLToPath(import.meta.url)), "..", "assets");
mkdirSync(outDir, { recursive: true });
for (const size of SIZES) {
  writeFileSync(join(outDir, `icon-${size}.png`), encodePng(size, rasterise(size)));
}
writeFileSync(join(outDir, "logo.svg"), renderSvg());
console.log(`wrote ${SIZES.map((s) => `icon-${s}.png`).join(", ")} and logo.svg to ${outDir}`);
