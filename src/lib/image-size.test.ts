import { describe, expect, it } from 'vitest';
import { imageSize } from './image-size.ts';

const png = (width: number, height: number) => {
  const bytes = new Uint8Array(24);
  bytes.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
  const view = new DataView(bytes.buffer);
  view.setUint32(16, width);
  view.setUint32(20, height);
  return bytes;
};
const text = (value: string) => new TextEncoder().encode(value);

describe('imageSize', () => {
  it('reads a PNG header', () => {
    expect(imageSize(png(1200, 630), 'a.png')).toEqual({ width: 1200, height: 630 });
  });

  it('reads an SVG from width and height, or from its viewBox', () => {
    expect(imageSize(text('<svg xmlns="http://www.w3.org/2000/svg" width="640" height="360">'), 'a.svg')).toEqual({
      width: 640,
      height: 360,
    });
    expect(imageSize(text('<?xml version="1.0"?><svg viewBox="0 0 800 450" >'), 'b.svg')).toEqual({
      width: 800,
      height: 450,
    });
  });

  it('reads a JPEG start-of-frame after other segments', () => {
    const bytes = new Uint8Array([
      0xff, 0xd8, 0xff, 0xe0, 0x00, 0x04, 0x00, 0x00, 0xff, 0xc0, 0x00, 0x11, 0x08, 0x01, 0x2c, 0x02, 0x58, 0x03,
    ]);
    expect(imageSize(bytes, 'a.jpg')).toEqual({ width: 600, height: 300 });
  });

  it('names the file it cannot measure', () => {
    expect(() => imageSize(text('<svg>'), 'public/x.svg')).toThrow(/public\/x\.svg/);
  });
});
