import { crc32, deflateSync } from 'node:zlib';

/** Encodes RGBA pixels as a PNG (8-bit, colour type 6). Enough for the Teams icons; no dependency. */
export function encodePng(width: number, height: number, rgba: Uint8Array): Buffer {
  const raw = Buffer.alloc((width * 4 + 1) * height);
  for (let y = 0; y < height; y++) {
    raw[y * (width * 4 + 1)] = 0; // filter: none
    Buffer.from(rgba.buffer, rgba.byteOffset + y * width * 4, width * 4).copy(raw, y * (width * 4 + 1) + 1);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 6, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

type Shade = (x: number, y: number) => [number, number, number, number];

/** Renders a shape function (coordinates in 0..1) with 4× supersampling. */
export function render(size: number, shade: Shade): Buffer {
  const pixels = new Uint8Array(size * size * 4);
  const samples = 4;
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const sum: [number, number, number, number] = [0, 0, 0, 0];
      for (let sy = 0; sy < samples; sy++) {
        for (let sx = 0; sx < samples; sx++) {
          const [r, g, b, a] = shade((x + (sx + 0.5) / samples) / size, (y + (sy + 0.5) / samples) / size);
          sum[0] += r * a;
          sum[1] += g * a;
          sum[2] += b * a;
          sum[3] += a;
        }
      }
      const alpha = sum[3] / (samples * samples);
      const i = (y * size + x) * 4;
      pixels[i] = alpha ? Math.round(sum[0] / sum[3]) : 0;
      pixels[i + 1] = alpha ? Math.round(sum[1] / sum[3]) : 0;
      pixels[i + 2] = alpha ? Math.round(sum[2] / sum[3]) : 0;
      pixels[i + 3] = Math.round(alpha * 255);
    }
  }
  return encodePng(size, size, pixels);
}

/** A speech bubble: rounded body plus a tail at the lower left. */
function inBubble(x: number, y: number, inset = 0): boolean {
  const [left, top, right, bottom, radius] = [0.2 + inset, 0.24 + inset, 0.8 - inset, 0.68 - inset, 0.12];
  const cx = Math.min(Math.max(x, left + radius), right - radius);
  const cy = Math.min(Math.max(y, top + radius), bottom - radius);
  const body = (x - cx) ** 2 + (y - cy) ** 2 <= radius ** 2 && x >= left && x <= right && y >= top && y <= bottom;
  const tail = y >= bottom - 0.02 && y <= 0.82 - inset * 1.5 && x >= 0.3 + inset && x <= 0.3 + inset + (0.82 - y) * 0.9;
  return body || tail;
}

const PURPLE: [number, number, number, number] = [74, 26, 107, 1];
const WHITE: [number, number, number, number] = [255, 255, 255, 1];
const CLEAR: [number, number, number, number] = [0, 0, 0, 0];

/** 192×192 full-colour icon: a white speech bubble with three dots on Vision purple. */
export const colorIcon = (): Buffer =>
  render(192, (x, y) => {
    const dot = [0.36, 0.5, 0.64].some((dx) => (x - dx) ** 2 + (y - 0.46) ** 2 <= 0.045 ** 2);
    if (inBubble(x, y)) return dot ? PURPLE : WHITE;
    return PURPLE;
  });

/** 32×32 outline icon: white and transparent only, as Teams requires. */
export const outlineIcon = (): Buffer => render(32, (x, y) => (inBubble(x, y, -0.12) && !inBubble(x, y, -0.02) ? WHITE : CLEAR));
