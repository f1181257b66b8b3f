// Draws the application icon (made for this app: a register sheet with a check badge, in the
// app's own colours — no CAF or State mark) and writes, from the same shapes:
//   resources/icon.svg   the source, editable
//   resources/icon.png   512 × 512 (Linux window, README)
//   resources/icon-256.png
//   resources/icon.ico   16, 24, 32, 48, 64, 128 and 256 px (window, installer, uninstaller)
// Node only (zlib for PNG); anti-aliased by 4 × 4 supersampling. Run: node scripts/make-icon.mjs
// The generated files are committed: the build machine needs nothing to make them.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deflateSync } from 'node:zlib';

const OUT = join(dirname(fileURLToPath(import.meta.url)), '..', 'resources');
const SIZE = 256; // design units

/** The drawing, back to front (design units on a 256 grid). */
export const SHAPES = [
  { kind: 'roundRect', x: 8, y: 8, w: 240, h: 240, r: 52, fill: '#1f5f8b' },
  {
    kind: 'polygon',
    points: [
      [62, 36],
      [156, 36],
      [196, 76],
      [196, 220],
      [62, 220],
    ],
    fill: '#ffffff',
  },
  {
    kind: 'polygon',
    points: [
      [156, 36],
      [156, 76],
      [196, 76],
    ],
    fill: '#b9cde0',
  },
  { kind: 'roundRect', x: 82, y: 92, w: 94, h: 12, r: 6, fill: '#8fa9c2' },
  { kind: 'roundRect', x: 82, y: 118, w: 94, h: 12, r: 6, fill: '#8fa9c2' },
  { kind: 'roundRect', x: 82, y: 144, w: 56, h: 12, r: 6, fill: '#8fa9c2' },
  { kind: 'circle', cx: 180, cy: 188, r: 52, fill: '#ffffff' },
  { kind: 'circle', cx: 180, cy: 188, r: 44, fill: '#1e6b34' },
  { kind: 'capsule', x1: 158, y1: 190, x2: 173, y2: 205, w: 13, fill: '#ffffff' },
  { kind: 'capsule', x1: 173, y1: 205, x2: 202, y2: 172, w: 13, fill: '#ffffff' },
];

function svg() {
  const parts = SHAPES.map((s) => {
    switch (s.kind) {
      case 'roundRect':
        return `<rect x="${s.x}" y="${s.y}" width="${s.w}" height="${s.h}" rx="${s.r}" fill="${s.fill}"/>`;
      case 'polygon':
        return `<polygon points="${s.points.map((p) => p.join(',')).join(' ')}" fill="${s.fill}"/>`;
      case 'circle':
        return `<circle cx="${s.cx}" cy="${s.cy}" r="${s.r}" fill="${s.fill}"/>`;
      case 'capsule':
        return `<line x1="${s.x1}" y1="${s.y1}" x2="${s.x2}" y2="${s.y2}" stroke="${s.fill}" stroke-width="${s.w}" stroke-linecap="round"/>`;
      default:
        throw new Error(s.kind);
    }
  });
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${SIZE}" height="${SIZE}" viewBox="0 0 ${SIZE} ${SIZE}">\n  <title>Convention MCP</title>\n  ${parts.join('\n  ')}\n</svg>\n`;
}

function inside(s, x, y) {
  switch (s.kind) {
    case 'roundRect': {
      if (x < s.x || y < s.y || x > s.x + s.w || y > s.y + s.h) return false;
      const cx = Math.min(Math.max(x, s.x + s.r), s.x + s.w - s.r);
      const cy = Math.min(Math.max(y, s.y + s.r), s.y + s.h - s.r);
      return (x - cx) ** 2 + (y - cy) ** 2 <= s.r ** 2;
    }
    case 'polygon': {
      let hit = false;
      const p = s.points;
      for (let i = 0, j = p.length - 1; i < p.length; j = i++) {
        const [xi, yi] = p[i];
        const [xj, yj] = p[j];
        if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) hit = !hit;
      }
      return hit;
    }
    case 'circle':
      return (x - s.cx) ** 2 + (y - s.cy) ** 2 <= s.r ** 2;
    case 'capsule': {
      const dx = s.x2 - s.x1;
      const dy = s.y2 - s.y1;
      const t = Math.max(0, Math.min(1, ((x - s.x1) * dx + (y - s.y1) * dy) / (dx * dx + dy * dy)));
      return (x - s.x1 - t * dx) ** 2 + (y - s.y1 - t * dy) ** 2 <= (s.w / 2) ** 2;
    }
    default:
      throw new Error(s.kind);
  }
}

const rgb = (hex) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
const COLOURS = SHAPES.map((s) => rgb(s.fill));

/** RGBA pixels of the icon at `px` × `px`. */
export function rasterize(px, samples = 4) {
  const data = Buffer.alloc(px * px * 4);
  const scale = SIZE / px;
  for (let y = 0; y < px; y++) {
    for (let x = 0; x < px; x++) {
      let r = 0;
      let g = 0;
      let b = 0;
      let a = 0;
      for (let sy = 0; sy < samples; sy++) {
        for (let sx = 0; sx < samples; sx++) {
          const ux = (x + (sx + 0.5) / samples) * scale;
          const uy = (y + (sy + 0.5) / samples) * scale;
          for (let k = SHAPES.length - 1; k >= 0; k--) {
            if (inside(SHAPES[k], ux, uy)) {
              const c = COLOURS[k];
              r += c[0];
              g += c[1];
              b += c[2];
              a += 1;
              break;
            }
          }
        }
      }
      const i = (y * px + x) * 4;
      // Premultiplied sums back to straight alpha.
      data[i] = a ? Math.round(r / a) : 0;
      data[i + 1] = a ? Math.round(g / a) : 0;
      data[i + 2] = a ? Math.round(b / a) : 0;
      data[i + 3] = Math.round((255 * a) / (samples * samples));
    }
  }
  return data;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(buf) {
  let c = 0xffffffff;
  for (const byte of buf) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type, body) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(body.length);
  const tb = Buffer.concat([Buffer.from(type, 'ascii'), body]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(tb));
  return Buffer.concat([len, tb, crc]);
}

export function png(px) {
  const rgba = rasterize(px);
  const raw = Buffer.alloc(px * (px * 4 + 1));
  for (let y = 0; y < px; y++) rgba.copy(raw, y * (px * 4 + 1) + 1, y * px * 4, (y + 1) * px * 4);
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(px, 0);
  ihdr.writeUInt32BE(px, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // RGBA
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** A Windows .ico holding PNG images (Windows Vista and later, NSIS included). */
export function ico(sizes) {
  const images = sizes.map((px) => ({ px, data: png(px) }));
  const header = Buffer.alloc(6);
  header.writeUInt16LE(0, 0);
  header.writeUInt16LE(1, 2);
  header.writeUInt16LE(images.length, 4);
  let offset = 6 + 16 * images.length;
  const entries = images.map(({ px, data }) => {
    const e = Buffer.alloc(16);
    e[0] = px >= 256 ? 0 : px;
    e[1] = px >= 256 ? 0 : px;
    e.writeUInt16LE(1, 4); // planes
    e.writeUInt16LE(32, 6); // bits per pixel
    e.writeUInt32LE(data.length, 8);
    e.writeUInt32LE(offset, 12);
    offset += data.length;
    return e;
  });
  return Buffer.concat([header, ...entries, ...images.map((i) => i.data)]);
}

export const ICO_SIZES = [16, 24, 32, 48, 64, 128, 256];

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  mkdirSync(OUT, { recursive: true });
  writeFileSync(join(OUT, 'icon.svg'), svg());
  writeFileSync(join(OUT, 'icon.png'), png(512));
  writeFileSync(join(OUT, 'icon-256.png'), png(256));
  writeFileSync(join(OUT, 'icon.ico'), ico(ICO_SIZES));
  console.log(
    `Icône écrite dans ${OUT} (icon.svg, icon.png 512, icon-256.png, icon.ico ${ICO_SIZES.join(', ')} px).`,
  );
}
