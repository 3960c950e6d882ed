import { ResponseError, prefix } from '../errors.js';
import { redactString } from '../redact.js';
import { raceSignal } from '../signal.js';

// Reused: a TextDecoder used without `stream` keeps no state between calls.
const STRICT_UTF8 = new TextDecoder('utf-8', { fatal: true });
const LOOSE_UTF8 = new TextDecoder('utf-8');
/** Characters past an excerpt's end that are redacted with it (longer than any credential). */
const EXCERPT_MARGIN = 1024;

/**
 * Receives a response body's text while it arrives (see `RequestSpec.stream`), so that a decoder
 * can work during the transfer instead of after it.
 */
export interface TextSink {
  /** The next piece of the body, decoded as UTF-8; pieces arrive in order and never split a character. */
  write(chunk: string): void;
  /**
   * The body ended within the size limit and all of it was valid UTF-8. Not called otherwise: the
   * decoder then reads the text of the `RawResponse`, whose `text()` reports the invalid bytes.
   */
  end(): void;
}

/** A response whose body has been read completely (within the size limit). */
export interface RawResponse {
  /** HTTP status code. */
  status: number;
  /** Response headers, unredacted. */
  headers: Headers;
  /** Final URL, after redirects. */
  url: string;
  /** The body bytes. */
  bytes: Uint8Array;
  /** The body as UTF-8 text; throws {@link ResponseError} when it is not valid UTF-8. */
  text(): string;
  /** `Content-Type` without parameters, lower-cased ("" when absent). */
  contentType: string;
  /** The first `n` characters of the body, redacted, for error messages (invalid bytes replaced). */
  excerpt(n: number): string;
}

/**
 * Reads a body chunk by chunk and stops with a {@link ResponseError} as soon as it exceeds
 * `maxBytes`, so a hostile or broken server cannot exhaust memory. Every read is raced against
 * `signal`: a stream that stalls and ignores the signal still ends the read (with an AbortError)
 * the moment the signal fires, and the stream is cancelled to release its connection.
 */
export async function readBody(
  response: Response,
  maxBytes: number,
  operation: string,
  signal?: AbortSignal,
  sink?: TextSink,
): Promise<RawResponse> {
  // With a content encoding (gzip, br, deflate), Content-Length counts the compressed bytes while
  // fetch hands over the decompressed ones: a 200 KB gzip body can inflate to 200 MB. Only an
  // unencoded length bounds what is read.
  const encoding = (response.headers.get('content-encoding') ?? '').trim().toLowerCase();
  const lengthIsExact =
    (encoding === '' || encoding === 'identity') && response.headers.has('content-length');
  const declared = lengthIsExact ? Number(response.headers.get('content-length')) : Number.NaN;
  if (Number.isFinite(declared) && declared > maxBytes) {
    await response.body?.cancel().catch(() => {});
    throw tooLarge(operation, maxBytes);
  }
  let bytes: Uint8Array | (() => Uint8Array);
  if (sink) {
    // Chunk by chunk even with a declared length: the sink decodes while the rest arrives. The
    // pieces are joined only if someone reads the bytes or the text (a decoder whose sink
    // finished the work does not).
    bytes = await readChunked(response, maxBytes, operation, signal, sink);
  } else if (Number.isFinite(declared)) {
    // The length is declared and within the limit, and HTTP framing stops the body there:
    // let the runtime read it in one go (much faster than a chunk loop for small bodies).
    bytes = new Uint8Array(await guarded(response.arrayBuffer(), signal, operation, response.body));
  } else {
    bytes = (await readChunked(response, maxBytes, operation, signal))();
  }
  return rawResponse(response, bytes, operation);
}

/** `work`, raced against `signal` when there is one; on abort the stream is cancelled, unawaited. */
async function guarded<T>(
  work: Promise<T>,
  signal: AbortSignal | undefined,
  operation: string,
  stream: { cancel(reason?: unknown): Promise<void> } | null,
): Promise<T> {
  if (!signal) return work;
  try {
    return await raceSignal(work, signal, operation);
  } catch (error) {
    // Not awaited: cancelling a stalled stream may itself never settle.
    if (signal.aborted) stream?.cancel(signal.reason).catch(() => {});
    throw error;
  }
}

async function readChunked(
  response: Response,
  maxBytes: number,
  operation: string,
  signal: AbortSignal | undefined,
  sink?: TextSink,
): Promise<() => Uint8Array> {
  const chunks: Uint8Array[] = [];
  let total = 0;
  // Per response: a streaming decoder carries a character split across two chunks.
  let utf8 = sink ? new TextDecoder('utf-8', { fatal: true }) : undefined;
  if (response.body) {
    const reader = response.body.getReader();
    for (;;) {
      const { done, value } = await guarded(reader.read(), signal, operation, reader);
      if (done) break;
      total += value.byteLength;
      if (total > maxBytes) {
        await reader.cancel().catch(() => {});
        throw tooLarge(operation, maxBytes);
      }
      chunks.push(value);
      if (utf8) {
        let text: string | undefined;
        try {
          text = utf8.decode(value, { stream: true });
        } catch {
          // Invalid UTF-8: the sink hears no more, and text() reports it to whoever decodes.
          utf8 = undefined;
        }
        if (text) sink!.write(text);
      }
    }
  }
  if (utf8) {
    let rest: string | undefined;
    try {
      rest = utf8.decode();
    } catch {
      utf8 = undefined;
    }
    if (rest) sink!.write(rest);
    if (utf8) sink!.end();
  }
  let joined: Uint8Array | undefined;
  return () => {
    joined ??= concat(chunks, total);
    chunks.length = 0;
    return joined;
  };
}

function rawResponse(
  response: Response,
  body: Uint8Array | (() => Uint8Array),
  operation: string,
): RawResponse {
  let text: string | undefined;
  const bytes = () => (typeof body === 'function' ? body() : body);
  return {
    status: response.status,
    headers: response.headers,
    url: response.url,
    get bytes() {
      return bytes();
    },
    contentType: (response.headers.get('content-type') ?? '').split(';')[0]!.trim().toLowerCase(),
    text() {
      if (text === undefined) {
        try {
          text = STRICT_UTF8.decode(bytes());
        } catch (cause) {
          throw new ResponseError(
            `${prefix(operation)}the response body is not valid UTF-8; the server or a proxy corrupted it.`,
            { operation, cause },
          );
        }
      }
      return text;
    },
    excerpt(n) {
      // Redacted over a wider window, then cut: cutting first could leave the first half of a
      // secret that straddles the cut, which no longer matches the secret and would stay visible.
      const window = n + EXCERPT_MARGIN;
      return redactString(LOOSE_UTF8.decode(bytes().subarray(0, window * 4)).slice(0, window)).slice(0, n);
    },
  };
}

function tooLarge(operation: string, maxBytes: number): ResponseError {
  return new ResponseError(
    `${prefix(operation)}the response is larger than the ${maxBytes}-byte limit; narrow the request or raise maxResponseBytes.`,
    { operation },
  );
}

function concat(chunks: Uint8Array[], total: number): Uint8Array {
  if (chunks.length === 1) return chunks[0]!;
  const out = new Uint8Array(total);
  let offset = 0;
  for (const c of chunks) {
    out.set(c, offset);
    offset += c.byteLength;
  }
  return out;
}
