// A shared link restores the scenario it was made from, edits included.
import { describe, expect, it } from 'vitest';
import { decodeScenarioHash, encodeScenarioHash } from '../../viz/scenario/share-link.js';
import { DEFAULT_RAW } from './helpers.js';

describe('share link', () => {
  it('round-trips a scenario through the URL hash', async () => {
    const edited = { ...DEFAULT_RAW, replicates: 17, name: 'mine, with édits' };
    const hash = await encodeScenarioHash(edited);
    expect(hash).toMatch(/^scenario=[A-Za-z0-9_-]+$/);
    // Deflated, then base64 (4 characters per 3 bytes): still well short of the JSON.
    expect(hash.length).toBeLessThan(0.75 * JSON.stringify(edited).length);
    expect(JSON.parse((await decodeScenarioHash(`#${hash}`))!)).toEqual(edited);
  });

  it('says when there is no scenario in the hash, and when a link is damaged', async () => {
    expect(await decodeScenarioHash('')).toBeUndefined();
    expect(await decodeScenarioHash('#other=1')).toBeUndefined();
    const hash = await encodeScenarioHash(DEFAULT_RAW);
    await expect(decodeScenarioHash(`#${hash.slice(0, hash.length / 2)}`)).rejects.toThrow(/damaged/);
  });
});
