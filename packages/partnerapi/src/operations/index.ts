import type { Operation, Schema } from '@x/core';
import type { PartnerOpMeta } from './meta.js';
import { accountAccessOperations } from './account-access.js';
import { agentPartnerOperations, agentUserOperations } from './agent.js';
import { clientOperations } from './client.js';
import { competenceOperations } from './competence.js';
import { contractOperations, contractServiceOperations } from './contract.js';
import { dictionaryOperations } from './dictionaries.js';
import { partnerOperations } from './partner.js';
import { regionOperations } from './region.js';
import { serviceTypeOperations } from './service-type.js';
import { serviceOperations } from './service.js';
import { statisticsOperations } from './statistics.js';
import { clientUserOperations, partnerUserOperations } from './users.js';

/** Every PartnerAPI operation, grouped by the object it works on (the client's method groups). */
export const operationGroups = {
  partner: partnerOperations,
  client: clientOperations,
  agentPartner: agentPartnerOperations,
  agentUser: agentUserOperations,
  accountAccess: accountAccessOperations,
  serviceType: serviceTypeOperations,
  region: regionOperations,
  contract: contractOperations,
  contractService: contractServiceOperations,
  service: serviceOperations,
  competence: competenceOperations,
  partnerUser: partnerUserOperations,
  clientUser: clientUserOperations,
  statistics: statisticsOperations,
  dictionaries: dictionaryOperations,
};

/** One operation of the table with its group and method name. */
export interface OperationEntry {
  /** Method group on the client, e.g. `client` for `api.client.*`. */
  group: string;
  /** Method name inside the group, e.g. `addIts` for `client_add_its`. */
  method: string;
  /** The operation itself: wire name, input and output schemas, and the PartnerAPI wire facts in `meta`. */
  op: Operation<Schema, Schema, PartnerOpMeta>;
}

/** All operations, flattened (71 in the document). */
export function allOperations(): OperationEntry[] {
  const out: OperationEntry[] = [];
  for (const [group, table] of Object.entries(operationGroups)) {
    for (const [method, op] of Object.entries(table)) {
      out.push({ group, method, op: op as unknown as Operation<Schema, Schema, PartnerOpMeta> });
    }
  }
  return out;
}

/** Operations by wire name. */
export function operationsByWire(): Map<string, OperationEntry> {
  return new Map(allOperations().map((e) => [e.op.wire, e]));
}
