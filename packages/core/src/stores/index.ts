export {
  type BudgetStore,
  type LeaseGrant,
  type LeaseStore,
  type SessionStore,
  MemoryBudgetStore,
  MemoryLeaseStore,
  MemorySessionStore,
} from './memory.js';
export { RateBudget, type RateBudgetOptions } from './rate-budget.js';
export { type HeldLease, type HoldLeaseOptions, type HoldLeaseResult, holdLease } from './lease.js';
