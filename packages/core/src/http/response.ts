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
  race?: Racer,
  sink?: TextSink,
): Promise<RawResponse> {
  // With a content encoding (gzip, br, deflate), Content-Length counts the compressed bytes while
  // fetch hands over the decompressed ones: a 200 KB gzip body can inflate to 200 MB. Only an
  // unencoded length bounds what is read.
  const headers = response.headers;
  const encoding = headers.get('content-encoding');
  const length = headers.get('content-length');
  const lengthIsExact = length !== null && (encoding === null || isIdentity(encoding.trim().toLowerCase()));
  const declared = lengthIsExact ? Number(length) : Number.NaN;
  if (Number.isFinite(declared) && declared > maxBytes) {
    await response.body?.cancel().catch(() => {});
    throw tooLarge(operation, maxBytes);
  }
  let bytes: Uint8Array | (() => Uint8Array);
  if (sink) {
    // Chunk by chunk even with a declared length: the sink decodes while the rest arrives. The
    // pieces are joined only if someone reads the bytes or the text (a decoder whose sink
    // finished the work does not).
    bytes = await readChunked(response, maxBytes, operation, signal, race, sink);
  } else if (Number.isFinite(declared)) {
    // The length is declared and within the limit, and HTTP framing stops the body there:
    // let the runtime read it in one go (much faster than a chunk loop for small bodies).
    bytes = new Uint8Array(await guarded(response.arrayBuffer(), signal, operation, response.body, race));
  } else {
    bytes = (await readChunked(response, maxBytes, operation, signal, race))();
  }
  return new ReadResponse(response, bytes, operation);
}

/**
 * Races a promise against an abort that its owner controls (the transport's attempt), rejecting
 * with the same AbortError as {@link raceSignal} would; it saves adding and removing an event
 * listener on the signal for every read.
 */
export type Racer = <T>(work: PromiseLike<T>) => Promise<T>;

function isIdentity(encoding: string): boolean {
  return encoding === '' || encoding === 'identity';
}

/** `work`, raced against `signal` when there is one; on abort the stream is cancelled, unawaited. */
async function guarded<T>(
  work: Promise<T>,
  signal: AbortSignal | undefined,
  operation: string,
  stream: { cancel(reason?: unknown): Promise<void> } | null,
  race: Racer | undefined,
): Promise<T> {
  if (!signal) return work;
  try {
    return await (race ? race(work) : raceSignal(work, signal, operation));
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
  race: Racer | undefined,
  sink?: TextSink,
): Promise<() => Uint8Array> {
  const chunks: Uint8Array[] = [];
  let total = 0;
  // Per response: a streaming decoder carries a character split across two chunks.
  let utf8 = sink ? new TextDecoder('utf-8', { fatal: true }) : undefined;
  if (response.body) {
    const reader = response.body.getReader();
    for (;;) {
      const { done, value } = await guarded(reader.read(), signal, operation, reader, race);
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

/**
 * The {@link RawResponse} of a read body. A class rather than an object literal: a call builds one,
 * and its methods and the `Content-Type` lookup (which most decoders never read) cost nothing until used.
 */
class ReadResponse implements RawResponse {
  readonly status: number;
  readonly headers: Headers;
  readonly url: string;
  #body: Uint8Array | (() => Uint8Array);
  readonly #operation: string;
  #text: string | undefined;
  #contentType: string | undefined;
  constructor(response: Response, body: Uint8Array | (() => Uint8Array), operation: string) {
    this.status = response.status;
    this.headers = response.headers;
    this.url = response.url;
    this.#body = body;
    this.#operation = operation;
  }
  /** The body; a streamed body's chunks are joined on first read (a sink that did the work never asks). */
  get bytes(): Uint8Array {
    if (typeof this.#body === 'function') this.#body = this.#body();
    return this.#body;
  }
  get contentType(): string {
    this.#contentType ??= (this.headers.get('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
    return this.#contentType;
  }
  text(): string {
    if (this.#text === undefined) {
      try {
        this.#text = STRICT_UTF8.decode(this.bytes);
      } catch (cause) {
        const operation = this.#operation;
        throw new ResponseError(
          `${prefix(operation)}the response body is not valid UTF-8; the server or a proxy corrupted it.`,
          { operation, cause },
        );
      }
    }
    return this.#text;
  }
  excerpt(n: number): string {
    // Redacted over a wider window, then cut: cutting first could leave the first half of a
    // secret that straddles the cut, which no longer matches the secret and would stay visible.
    const window = n + EXCERPT_MARGIN;
    return redactString(LOOSE_UTF8.decode(this.bytes.subarray(0, window * 4)).slice(0, window)).slice(0, n);
  }
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
