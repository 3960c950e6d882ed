/**
 * Redis/Valkey implementations of the store interfaces of `@x/core`: one vendor session shared by
 * many workers, rate budgets counted across them, and leases so one feed consumer runs per account.
 * Pass your own connected client; nothing here opens connections. Node only.
 * @packageDocumentation
 */
export { type RedisCommandClient, RedisStoreError, type RedisStoreOptions } from './command.js';
export {
  RedisBudgetStore,
  RedisLeaseStore,
  type RedisLeaseStoreOptions,
  RedisSessionStore,
  type RedisStores,
  redisStores,
} from './stores.js';
