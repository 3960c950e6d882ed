/** Base64 ⇄ bytes with web standards only (atob/btoa), chunked so large payloads do not overflow the stack. */

const B64_RE = /^[A-Za-z0-9+/]*={0,2}$/;

/** Decodes standard or URL-safe base64 (whitespace ignored). Throws RangeError on invalid input. */
export function base64ToBytes(text: string): Uint8Array {
  const clean = text.replace(/\s+/g, '').replace(/-/g, '+').replace(/_/g, '/');
  const padded = clean.length % 4 === 0 ? clean : clean + '='.repeat(4 - (clean.length % 4));
  if (!B64_RE.test(padded) || padded.length % 4 === 1) throw new RangeError('not valid base64');
  let binary: string;
  try {
    binary = atob(padded);
  } catch {
    throw new RangeError('not valid base64');
  }
  const out = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) out[i] = binary.charCodeAt(i);
  return out;
}

/** Encodes bytes as standard base64. */
export function bytesToBase64(bytes: Uint8Array): string {
  let binary = '';
  const CHUNK = 0x8000;
  for (let i = 0; i < bytes.length; i += CHUNK) {
    binary += String.fromCharCode(...bytes.subarray(i, i + CHUNK));
  }
  return btoa(binary);
}
