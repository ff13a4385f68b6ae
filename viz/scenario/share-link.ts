// A shareable link holds the scenario as written, with its edits, in the URL's hash:
// JSON, deflated and base64url-encoded. Nothing is sent anywhere: the hash stays local.
const KEY = 'scenario';

async function pipe(bytes: Uint8Array, transform: CompressionStream | DecompressionStream): Promise<Uint8Array> {
  const stream = new Blob([bytes as Uint8Array<ArrayBuffer>]).stream().pipeThrough(transform);
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array {
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** `scenario=<deflated base64url JSON>`, the hash (without '#') that restores `raw`. */
export async function encodeScenarioHash(raw: unknown): Promise<string> {
  const json = new TextEncoder().encode(JSON.stringify(raw));
  return `${KEY}=${toBase64Url(await pipe(json, new CompressionStream('deflate-raw')))}`;
}

/**
 * The scenario text a hash holds, or undefined when the hash holds none. Throws an Error
 * with a readable message when the hash is damaged (cut short, say).
 */
export async function decodeScenarioHash(hash: string): Promise<string | undefined> {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const value = params.get(KEY);
  if (!value) return undefined;
  try {
    return new TextDecoder().decode(await pipe(fromBase64Url(value), new DecompressionStream('deflate-raw')));
  } catch {
    throw new Error('the link is damaged (was it cut short?): its scenario could not be read');
  }
}
