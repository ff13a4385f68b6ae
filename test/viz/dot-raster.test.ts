// The network view's dot raster: each unit's pixels in its state's colour over the
// background, clipped at the edges.
import { describe, expect, it } from 'vitest';
import { DotRaster, pixelColour } from '../../viz/network/dot-raster.js';

describe('DotRaster', () => {
  it('paints each unit as a disc in the colour of its state over the background', () => {
    const w = 20;
    const h = 10;
    const raster = new DotRaster(w, h, Float32Array.of(5, 14), Float32Array.of(5, 5), 2);
    const out = new Uint32Array(w * h);
    const background = new Uint32Array(w * h).fill(7);
    const colours = Uint32Array.of(100, 200);
    // Step 1 of a two-step history: unit 0 in state 1, unit 1 in state 0.
    raster.draw(out, background, Uint8Array.of(0, 0, 1, 0), 2, 2, colours);
    expect(out[5 * w + 5]).toBe(200);
    expect(out[5 * w + 7]).toBe(200); // radius 2
    expect(out[5 * w + 8]).toBe(7);
    expect(out[7 * w + 7]).toBe(7); // outside the disc
    expect(out[5 * w + 14]).toBe(100);
    const painted = out.filter((p) => p === 200).length;
    expect(painted).toBe(13); // the 13 pixels within distance 2 (plus rounding) of the centre
  });

  it('clips dots at the edges of the buffer', () => {
    const raster = new DotRaster(4, 4, Float32Array.of(0), Float32Array.of(0), 1);
    const out = new Uint32Array(16);
    raster.draw(out, new Uint32Array(16), Uint8Array.of(0), 0, 1, Uint32Array.of(9));
    expect(Array.from(out).filter((p) => p === 9).length).toBe(3);
  });

  it('packs #rrggbb as a little-endian RGBA pixel', () => {
    expect(pixelColour('#0072B2')).toBe(0xffb27200);
  });
});
