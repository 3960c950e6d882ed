import {
  AddBonusParams,
  BonusesBetweenParams,
  BonusesBetweenResult,
  ContrInfoParams,
  ContrInfoResult,
  ContragInfoParams,
  ContragInfoResult,
  ContragParams,
  ContragResult,
} from '../schemas/clients.js';
import { OkResult } from '../schemas/common.js';
import { command } from './define.js';

/** Clients (работа с клиентами). */
export const clientOperations = {
  /** `ContragForAll`: creates a client, or changes the one named by `contr_id`. Billed; never retried. */
  save: command({
    wire: 'ContragForAll',
    personal: ['name', 'fullname', 'teleph_cell', 'telephone', 'address', 'email', 'birthday'],
    method: 'POST',
    session: true,
    idempotent: false,
    verify:
      'look the client up with clients.findByPhone({ teleph_cell }) or clients.info({ contr_id }) before saving again, or a duplicate client may be created',
    input: ContragParams,
    output: ContragResult,
    doc: 'Creates a client, or changes the one named by contr_id; WasNew tells which happened.',
  }),
  /** `ContrInfoForAll`: a client card by `contr_id`. */
  info: command({
    wire: 'ContrInfoForAll',
    personal: ['name', 'short_name', 'fone', 'fone_cell', 'email', 'address', 'addresses', 'birth_day'],
    method: 'GET',
    session: true,
    idempotent: true,
    input: ContrInfoParams,
    output: ContrInfoResult,
    doc: 'A client card by contr_id, with balances (bonus, deposit, dolg) and counters.',
  }),
  /** `ContragInfoForAll`: a client by cell phone. */
  findByPhone: command({
    wire: 'ContragInfoForAll',
    personal: ['teleph_cell', 'fullname', 'name', 'email', 'address', 'birthday'],
    method: 'GET',
    session: true,
    idempotent: true,
    input: ContragInfoParams,
    output: ContragInfoResult,
    doc: 'A client by cell phone (with the leading +).',
  }),
  /** `AddBonusForAll`: credits bonuses to a client by `contr_id` or card `barcode`. Never retried. */
  addBonus: command({
    wire: 'AddBonusForAll',
    personal: ['comment'],
    method: 'GET',
    session: true,
    idempotent: false,
    verify:
      "look for the accrual with clients.bonusesBetween({ contr_id, StartDate, StopDate }) (kredit equal to the amount, today's doc_date, the same comment); clients.addBonusOnce() makes this check itself and never credits twice",
    input: AddBonusParams,
    output: OkResult,
    doc: 'Credits bonuses to a client found by contr_id or card barcode.',
  }),
  /** `BonusesBetweenForAll`: bonus accruals and bonus payments in a date range. */
  bonusesBetween: command({
    wire: 'BonusesBetweenForAll',
    personal: ['comment'],
    method: 'POST',
    session: true,
    range: true,
    idempotent: true,
    input: BonusesBetweenParams,
    output: BonusesBetweenResult,
    doc: 'Bonus accruals and payments with bonuses between two dates (inclusive); long ranges may time out.',
  }),
};
