// A small RGB raster and its PNG encoding, so that what the environment hands out as an image (a
// chart's getAs('image/png')) is a real PNG any viewer opens. PNG as the W3C specification defines it:
// signature, IHDR, one zlib-compressed IDAT of filtered scanlines, IEND; each chunk with its CRC-32.
import { deflateSync } from 'node:zlib';

const SIGNATURE = Uint8Array.of(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a);

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const byte of bytes) c = CRC_TABLE[(c ^ byte) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Uint8Array): Buffer {
  const typed = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const out = Buffer.alloc(typed.length + 8);
  out.writeUInt32BE(data.length, 0);
  typed.copy(out, 4);
  out.writeUInt32BE(crc32(typed), typed.length + 4);
  return out;
}

/** '#rrggbb' as [r, g, b]; anything else is mid grey. */
export function rgb(color: string): [number, number, number] {
  const match = /^#([0-9a-f]{6})$/i.exec(color);
  if (!match) return [128, 128, 128];
  const n = Number.parseInt(match[1]!, 16);
  return [(n >> 16) & 0xff, (n >> 8) & 0xff, n & 0xff];
}

const DIGITS: Record<string, readonly string[]> = {
  '0': ['111', '101', '101', '101', '111'],
  '1': ['010', '110', '010', '010', '111'],
  '2': ['111', '001', '111', '100', '111'],
  '3': ['111', '001', '111', '001', '111'],
  '4': ['101', '101', '111', '001', '001'],
  '5': ['111', '100', '111', '001', '111'],
  '6': ['111', '100', '111', '101', '111'],
  '7': ['111', '001', '001', '001', '001'],
  '8': ['111', '101', '111', '101', '111'],
  '9': ['111', '101', '111', '001', '111'],
  '-': ['000', '000', '111', '000', '000'],
  '.': ['000', '000', '000', '000', '010'],
};

/** A white canvas of whole pixels; drawing outside it is clipped. */
export class Raster {
  private readonly pixels: Uint8Array;

  constructor(
    readonly width: number,
    readonly height: number,
  ) {
    this.pixels = new Uint8Array(width * height * 3).fill(255);
  }

  set(x: number, y: number, color: [number, number, number]): void {
    const px = Math.round(x);
    const py = Math.round(y);
    if (px < 0 || py < 0 || px >= this.width || py >= this.height) return;
    this.pixels.set(color, (py * this.width + px) * 3);
  }

  fillRect(x: number, y: number, w: number, h: number, color: string): void {
    const c = rgb(color);
    const x0 = Math.round(Math.min(x, x + w));
    const y0 = Math.round(Math.min(y, y + h));
    const x1 = Math.round(Math.max(x, x + w));
    const y1 = Math.round(Math.max(y, y + h));
    for (let py = y0; py < y1; py++) for (let px = x0; px < x1; px++) this.set(px, py, c);
  }

  /** A straight line `thickness` pixels wide; `dash` draws on/off runs of that many pixels. */
  line(x0: number, y0: number, x1: number, y1: number, color: string, thickness = 1, dash = 0): void {
    const c = rgb(color);
    const steps = Math.max(1, Math.ceil(Math.hypot(x1 - x0, y1 - y0)));
    const half = Math.floor(thickness / 2);
    for (let i = 0; i <= steps; i++) {
      if (dash > 0 && Math.floor(i / dash) % 2 === 1) continue;
      const x = x0 + ((x1 - x0) * i) / steps;
      const y = y0 + ((y1 - y0) * i) / steps;
      for (let dy = -half; dy < thickness - half; dy++) for (let dx = -half; dx < thickness - half; dx++) this.set(x + dx, y + dy, c);
    }
  }

  /**
   * A number in a 3 × 5 pixel digit font scaled by `scale`, its right edge at `right` and its middle at
   * `middle`: enough for axis figures without a font file. Characters other than digits, '-' and '.' are skipped.
   */
  number(text: string, right: number, middle: number, color: string, scale = 2): void {
    const c = rgb(color);
    const glyphs = [...text].map((ch) => DIGITS[ch]).filter((glyph): glyph is readonly string[] => glyph !== undefined);
    const advance = 4 * scale;
    let x = Math.round(right - glyphs.length * advance + scale);
    const top = Math.round(middle - (5 * scale) / 2);
    for (const glyph of glyphs) {
      glyph.forEach((row, gy) => {
        for (let gx = 0; gx < 3; gx++) {
          if (row[gx] !== '1') continue;
          for (let dy = 0; dy < scale; dy++) for (let dx = 0; dx < scale; dx++) this.set(x + gx * scale + dx, top + gy * scale + dy, c);
        }
      });
      x += advance;
    }
  }

  png(): Uint8Array {
    const header = Buffer.alloc(13);
    header.writeUInt32BE(this.width, 0);
    header.writeUInt32BE(this.height, 4);
    header[8] = 8; // bit depth
    header[9] = 2; // colour type: truecolour (RGB)
    const stride = this.width * 3;
    const raw = Buffer.alloc((stride + 1) * this.height);
    for (let y = 0; y < this.height; y++) {
      raw[y * (stride + 1)] = 0; // filter: none
      raw.set(this.pixels.subarray(y * stride, (y + 1) * stride), y * (stride + 1) + 1);
    }
    return new Uint8Array(
      Buffer.concat([SIGNATURE, chunk('IHDR', header), chunk('IDAT', deflateSync(raw)), chunk('IEND', new Uint8Array())]),
    );
  }
}

/** The width and height a PNG's header gives, or null when the bytes are not a PNG. */
export function pngSize(bytes: Uint8Array): { width: number; height: number } | null {
  if (bytes.length < 24 || !SIGNATURE.every((b, i) => bytes[i] === b)) return null;
  const view = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (view.toString('ascii', 12, 16) !== 'IHDR') return null;
  return { width: view.readUInt32BE(16), height: view.readUInt32BE(20) };
}
