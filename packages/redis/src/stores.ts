import type { BudgetStore, LeaseGrant, LeaseStore, SessionStore } from '@x/core';
import { Commands, type RedisCommandClient, type RedisStoreOptions, intReply, ttlArg } from './command.js';

// ARGV[1] = '1' when no value is expected; ARGV[2] the expected value; ARGV[3] the new value; ARGV[4] TTL ms.
const COMPARE_AND_SET = `
local current = redis.call('GET', KEYS[1])
if ARGV[1] == '1' then
  if current then return 0 end
elseif current ~= ARGV[2] then
  return 0
end
redis.call('SET', KEYS[1], ARGV[3], 'PX', ARGV[4])
return 1`;

// KEYS[1] the lease, KEYS[2] its fencing counter; ARGV[1] lease TTL, ARGV[2] counter TTL.
const ACQUIRE = `
if redis.call('EXISTS', KEYS[1]) == 1 then return false end
local token = redis.call('INCR', KEYS[2])
redis.call('PEXPIRE', KEYS[2], ARGV[2])
redis.call('SET', KEYS[1], token, 'PX', ARGV[1])
return token`;

const RENEW = `
if redis.call('GET', KEYS[1]) == ARGV[1] then
  redis.call('PEXPIRE', KEYS[1], ARGV[2])
  return 1
end
return 0`;

const RELEASE = `
if redis.call('GET', KEYS[1]) == ARGV[1] then
  redis.call('DEL', KEYS[1])
  return 1
end
return 0`;

// ARGV[1] units, ARGV[2] limit, ARGV[3] TTL of a new window.
const TAKE = `
local used = tonumber(redis.call('GET', KEYS[1]) or '0')
if used + tonumber(ARGV[1]) > tonumber(ARGV[2]) then return 0 end
redis.call('INCRBY', KEYS[1], ARGV[1])
if redis.call('PTTL', KEYS[1]) < 0 then redis.call('PEXPIRE', KEYS[1], ARGV[3]) end
return 1`;

/**
 * A {@link SessionStore} on Redis: one string per key, always with a TTL (`SET … PX`), and
 * compare-and-set in one Lua script. Values are vendor sessions: treat this Redis like a password
 * store.
 */
export class RedisSessionStore implements SessionStore {
  private readonly redis: Commands;
  /**
   * @param client - Your connected client (node-redis `createClient()`), with your connection settings.
   * @param options - Key prefix and command timeout.
   */
  constructor(client: RedisCommandClient, options?: RedisStoreOptions) {
    this.redis = new Commands(client, options);
  }

  /** `GET`. */
  async get(key: string): Promise<string | undefined> {
    const reply = await this.redis.send('GET', ['GET', this.redis.key(key)]);
    return typeof reply === 'string' ? reply : undefined;
  }

  /** `SET … PX`. */
  async set(key: string, value: string, ttlMs: number): Promise<void> {
    await this.redis.send('SET', ['SET', this.redis.key(key), value, 'PX', ttlArg(ttlMs)]);
  }

  /** Stores `value` if the current one is `expected`, atomically. */
  async compareAndSet(
    key: string,
    expected: string | undefined,
    value: string,
    ttlMs: number,
  ): Promise<boolean> {
    const reply = await this.redis.eval(
      'compare-and-set',
      COMPARE_AND_SET,
      [this.redis.key(key)],
      [expected === undefined ? '1' : '0', expected ?? '', value, ttlArg(ttlMs)],
    );
    return intReply(reply) === 1;
  }
}

/** Options of {@link RedisLeaseStore}. */
export interface RedisLeaseStoreOptions extends RedisStoreOptions {
  /**
   * Life of a lease's fencing counter after its last acquisition, in ms. Tokens only grow while the
   * counter lives; after this much idle time they start again from 1. Default 7 days.
   */
  fenceTtlMs?: number | undefined;
}

/**
 * A {@link LeaseStore} on Redis: the lease is a key holding its fencing token, set only when absent
 * and always with a TTL; renew and release check the token, so a holder whose lease expired cannot
 * extend or delete its successor's.
 */
export class RedisLeaseStore implements LeaseStore {
  private readonly redis: Commands;
  private readonly fenceTtl: string;
  /**
   * @param client - Your connected client (node-redis `createClient()`).
   * @param options - Key prefix, command timeout, fencing counter life.
   */
  constructor(client: RedisCommandClient, options: RedisLeaseStoreOptions = {}) {
    this.redis = new Commands(client, options);
    this.fenceTtl = ttlArg(options.fenceTtlMs ?? 7 * 24 * 3_600_000);
  }

  /** Takes `key` for `ttlMs` when free; the token comes from an `INCR` counter. */
  async acquire(key: string, ttlMs: number): Promise<LeaseGrant | undefined> {
    const name = this.redis.key(`lease:${key}`);
    const reply = await this.redis.eval(
      'lease acquire',
      ACQUIRE,
      [name, `${name}:fence`],
      [ttlArg(ttlMs), this.fenceTtl],
    );
    const token = intReply(reply);
    return token === undefined ? undefined : { key, token };
  }

  /** Extends the lease when `token` still holds it. */
  async renew(key: string, token: number, ttlMs: number): Promise<boolean> {
    const reply = await this.redis.eval(
      'lease renew',
      RENEW,
      [this.redis.key(`lease:${key}`)],
      [String(token), ttlArg(ttlMs)],
    );
    return intReply(reply) === 1;
  }

  /** Deletes the lease when `token` still holds it. */
  async release(key: string, token: number): Promise<boolean> {
    const reply = await this.redis.eval(
      'lease release',
      RELEASE,
      [this.redis.key(`lease:${key}`)],
      [String(token)],
    );
    return intReply(reply) === 1;
  }
}

/**
 * A {@link BudgetStore} on Redis: check and `INCRBY` in one script, the window key expiring
 * (`PEXPIRE`) when it is created. Only counters are stored.
 */
export class RedisBudgetStore implements BudgetStore {
  private readonly redis: Commands;
  /**
   * @param client - Your connected client (node-redis `createClient()`).
   * @param options - Key prefix and command timeout.
   */
  constructor(client: RedisCommandClient, options?: RedisStoreOptions) {
    this.redis = new Commands(client, options);
  }

  /** Takes `n` units from window `key` unless that exceeds `limit`. */
  async take(key: string, n: number, limit: number, ttlMs: number): Promise<boolean> {
    if (!Number.isInteger(n) || n < 0) throw new RangeError(`n must be a non-negative integer, got ${n}.`);
    const reply = await this.redis.eval(
      'budget take',
      TAKE,
      [this.redis.key(`budget:${key}`)],
      [String(n), String(limit), ttlArg(ttlMs)],
    );
    return intReply(reply) === 1;
  }
}

/** The three stores on one client, as the SDK options take them. */
export interface RedisStores {
  /** Shared sessions. */
  sessions: RedisSessionStore;
  /** Leases (session renewal, feed consumers). */
  leases: RedisLeaseStore;
  /** Rate budgets. */
  budgets: RedisBudgetStore;
}

/** Creates the three stores on one client with the same options. */
export function redisStores(client: RedisCommandClient, options?: RedisLeaseStoreOptions): RedisStores {
  return {
    sessions: new RedisSessionStore(client, options),
    leases: new RedisLeaseStore(client, options),
    budgets: new RedisBudgetStore(client, options),
  };
}
