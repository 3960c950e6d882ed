/**
 * The one method the stores need from a Redis client. A node-redis client (`createClient()`, v4 to
 * v6) has it as is; wrap other clients in an object with this method.
 */
export interface RedisCommandClient {
  /** Sends one command (`['SET', key, value, 'PX', '1000']`) and resolves its reply. */
  sendCommand(args: string[]): Promise<unknown>;
}

/** Options every Redis store takes. */
export interface RedisStoreOptions {
  /**
   * Prepended to every key, so several applications (or environments) can share one Redis. Default
   * `x:`. Keys hold secrets (session ids): give the prefix an ACL of its own where Redis has ACLs.
   */
  prefix?: string | undefined;
  /**
   * How long one command may take, in ms, before it fails with {@link RedisStoreError}. A
   * node-redis client queues commands while it reconnects; this bounds that wait, so callers fall
   * back (sessions) or stop (feed leases) instead of hanging. Default 2,000.
   */
  commandTimeoutMs?: number | undefined;
}

/** A Redis command failed or took too long; the message never includes keys, values or addresses. */
export class RedisStoreError extends Error {
  /** Always `RedisStoreError`. */
  override readonly name = 'RedisStoreError';
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
  }
}

/** Runs commands for one store: prefixing keys, bounding time, hiding details from messages. */
export class Commands {
  readonly prefix: string;
  private readonly timeoutMs: number;
  constructor(
    private readonly client: RedisCommandClient,
    options: RedisStoreOptions = {},
  ) {
    if (!client || typeof client.sendCommand !== 'function') {
      throw new TypeError('Pass a connected Redis client with sendCommand (node-redis createClient()).');
    }
    this.prefix = options.prefix ?? 'x:';
    this.timeoutMs = options.commandTimeoutMs ?? 2_000;
  }

  key(name: string): string {
    return `${this.prefix}${name}`;
  }

  async send(what: string, args: string[]): Promise<unknown> {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(
        () => reject(new RedisStoreError(`Redis did not answer ${what} within ${this.timeoutMs} ms.`)),
        this.timeoutMs,
      );
    });
    try {
      return await Promise.race([this.client.sendCommand(args), timeout]);
    } catch (error) {
      if (error instanceof RedisStoreError) throw error;
      throw new RedisStoreError(`Redis failed ${what}: ${error instanceof Error ? error.name : 'error'}.`, {
        cause: error,
      });
    } finally {
      clearTimeout(timer);
    }
  }

  /** Runs a Lua script atomically (EVAL: the scripts are small, and survive a server restart). */
  eval(what: string, script: string, keys: string[], args: Array<string | number>): Promise<unknown> {
    return this.send(what, ['EVAL', script, String(keys.length), ...keys, ...args.map(String)]);
  }
}

/** A TTL as Redis wants it: a whole number of ms, at least 1. */
export function ttlArg(ttlMs: number): string {
  if (!Number.isFinite(ttlMs) || ttlMs <= 0)
    throw new RangeError(`ttlMs must be a positive number, got ${ttlMs}.`);
  return String(Math.max(1, Math.ceil(ttlMs)));
}

/** Reads an integer reply (RESP2 number, RESP3 number or string). */
export function intReply(reply: unknown): number | undefined {
  if (reply === null || reply === undefined) return undefined;
  const n = typeof reply === 'number' ? reply : Number(reply);
  return Number.isFinite(n) ? n : undefined;
}
