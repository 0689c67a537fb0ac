/** Pixel size of a PNG, JPEG, GIF, WebP or SVG file from its bytes, so <img> can reserve its space. */
export interface ImageSize {
  readonly width: number;
  readonly height: number;
}

function svgSize(text: string): ImageSize | undefined {
  const tag = /<svg\b[^>]*>/i.exec(text)?.[0];
  if (!tag) return undefined;
  const attribute = (name: string) => new RegExp(`\\s${name}\\s*=\\s*["']\\s*([\\d.]+)(?:px)?\\s*["']`).exec(tag)?.[1];
  const width = attribute('width');
  const height = attribute('height');
  if (width && height) return { width: Math.round(Number(width)), height: Math.round(Number(height)) };
  const viewBox = /\sviewBox\s*=\s*["']([^"']+)["']/
    .exec(tag)?.[1]
    ?.trim()
    .split(/[\s,]+/)
    .map(Number);
  if (viewBox?.length === 4 && viewBox.every(Number.isFinite)) {
    return { width: Math.round(viewBox[2] ?? 0), height: Math.round(viewBox[3] ?? 0) };
  }
  return undefined;
}

function jpegSize(bytes: Uint8Array, view: DataView): ImageSize | undefined {
  let offset = 2;
  while (offset + 9 < bytes.length) {
    if (bytes[offset] !== 0xff) return undefined;
    const marker = bytes[offset + 1] ?? 0;
    // Start-of-frame markers carry the size; C4, C8 and CC are tables, not frames.
    if (marker >= 0xc0 && marker <= 0xcf && ![0xc4, 0xc8, 0xcc].includes(marker)) {
      return { height: view.getUint16(offset + 5), width: view.getUint16(offset + 7) };
    }
    offset += 2 + view.getUint16(offset + 2);
  }
  return undefined;
}

export function imageSize(bytes: Uint8Array, name: string): ImageSize {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const ascii = (start: number, length: number) => String.fromCharCode(...bytes.subarray(start, start + length));
  let size: ImageSize | undefined;
  if (ascii(1, 3) === 'PNG') size = { width: view.getUint32(16), height: view.getUint32(20) };
  else if (bytes[0] === 0xff && bytes[1] === 0xd8) size = jpegSize(bytes, view);
  else if (ascii(0, 3) === 'GIF') size = { width: view.getUint16(6, true), height: view.getUint16(8, true) };
  else if (ascii(0, 4) === 'RIFF' && ascii(8, 4) === 'WEBP' && ascii(12, 4) === 'VP8X') {
    const read24 = (at: number) => (bytes[at] ?? 0) | ((bytes[at + 1] ?? 0) << 8) | ((bytes[at + 2] ?? 0) << 16);
    size = { width: read24(24) + 1, height: read24(27) + 1 };
  } else size = svgSize(new TextDecoder().decode(bytes));
  if (!size || size.width <= 0 || size.height <= 0) {
    throw new Error(
      `${name}: cannot read the image's width and height (PNG, JPEG, GIF, WebP VP8X or SVG with a viewBox)`,
    );
  }
  return size;
}
