import { type GroupHandlersOf, handlersByWire as byWire } from '@x/core/testing';
import { operationGroups } from '../../operations/index.js';
import type { Handler } from '../context.js';
import { accountAccessHandlers } from './account-access.js';
import { agentPartnerHandlers, agentUserHandlers } from './agent.js';
import { clientHandlers } from './client.js';
import { competenceHandlers } from './competence.js';
import { contractHandlers, contractServiceHandlers } from './contract.js';
import { dictionaryHandlers } from './dictionaries.js';
import { partnerHandlers } from './partner.js';
import { regionHandlers } from './region.js';
import { serviceHandlers } from './service.js';
import { serviceTypeHandlers } from './service-type.js';
import { statisticsHandlers } from './statistics.js';
import { clientUserHandlers, partnerUserHandlers } from './users.js';

/** The handlers grouped as `operationGroups` is: an operation without a handler does not compile. */
export const handlers = {
  partner: partnerHandlers,
  client: clientHandlers,
  agentPartner: agentPartnerHandlers,
  agentUser: agentUserHandlers,
  accountAccess: accountAccessHandlers,
  serviceType: serviceTypeHandlers,
  region: regionHandlers,
  contract: contractHandlers,
  contractService: contractServiceHandlers,
  service: serviceHandlers,
  competence: competenceHandlers,
  partnerUser: partnerUserHandlers,
  clientUser: clientUserHandlers,
  statistics: statisticsHandlers,
  dictionaries: dictionaryHandlers,
} satisfies GroupHandlersOf<typeof operationGroups, Handler>;

/** Every handler by the operation's wire name (what a SOAP request names). */
export const handlersByWire: ReadonlyMap<string, Handler> = byWire(operationGroups, handlers);
