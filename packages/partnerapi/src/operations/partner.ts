import {
  PARTNER,
  PARTNER_CONTACT,
  PARTNER_REGION,
  PARTNER_ROLE,
  type PartnerRow,
  type PartnerContactRow,
  type PartnerRoleRow,
  type PartnerRegionRow,
} from '../schemas/partner.js';
import { p } from '../schemas/params.js';
import { type ContactEditFields, contactEditOperands } from './contact.js';
import { rowsOp, namedOp, type NoInput } from './define.js';

/** Input of `partner.read` (PartnerAPI `partner_read`; every operand is optional; the whole input may be left out). */
export interface PartnerReadInput {
  /** Partner УИД; optional: `null` or left out sends nil. */
  partner_id?: string | null;
}

/** Input of `partner.contactRead` (PartnerAPI `partner_contact_read`; every operand is optional; the whole input may be left out). */
export interface PartnerContactReadInput {
  /** Partner УИД; optional: `null` or left out sends nil. */
  partner_id?: string | null;
  /** Region УИД; optional: `null` or left out sends nil. */
  region_id?: string | null;
  /** Contact kind УИД (see `dictionaries.contactTypeRead`); optional: `null` or left out sends nil. */
  contact_type_id?: string | null;
}

/** Input of `partner.contactEdit` (PartnerAPI `partner_contact_edit`). */
export interface PartnerContactEditInput extends ContactEditFields {
  /** Region УИД. */
  region_id: string;
}

/** Input of `partner.vendorRead` (PartnerAPI `partner_vendor_read`). */
export interface PartnerVendorReadInput {
  /** Service (support line connection) УИД. */
  service_id: string;
}

/** Operations on the current partner (partner_*). */
export const partnerOperations = {
  /**
   * `partner_read`: the current partner (or `partner_id`, when access allows). Key: partner_id.
   * Columns: partner_id, partner_name.
   */
  read: namedOp<PartnerReadInput | undefined, PartnerRow[]>()(
    rowsOp({
      wire: 'partner_read',
      idempotent: true,
      doc: 'Reads the current partner (УИД and name).',
      params: { partner_id: p.idOpt() },
      columns: PARTNER,
      key: ['partner_id'],
    }),
  ),
  /**
   * `partner_contact_read`: the partner's contact information per region (contact kinds with
   * contact_type_code = 2). Key: partner_id, region_id, contact_type_id.
   */
  contactRead: namedOp<PartnerContactReadInput | undefined, PartnerContactRow[]>()(
    rowsOp({
      wire: 'partner_contact_read',
      idempotent: true,
      doc: 'Reads the contact information of a partner, optionally by region and contact kind.',
      params: { partner_id: p.idOpt(), region_id: p.idOpt(), contact_type_id: p.idOpt() },
      columns: PARTNER_CONTACT,
      key: ['partner_id', 'region_id', 'contact_type_id'],
    }),
  ),
  /**
   * `partner_contact_edit`: sets one contact of the current partner in one region. contact_view is
   * at most 500 characters (the server keeps only the first 500). Key: partner_id, region_id, contact_type_id.
   */
  contactEdit: namedOp<PartnerContactEditInput, PartnerContactRow[]>()(
    rowsOp({
      wire: 'partner_contact_edit',
      idempotent: false,
      verify: 'read the contacts back with partner.contactRead() and compare them with the change',
      doc: 'Changes one contact of the current partner in one of its regions.',
      params: { region_id: p.id(), ...contactEditOperands },
      columns: PARTNER_CONTACT,
      key: ['partner_id', 'region_id', 'contact_type_id'],
    }),
  ),
  /** `partner_role_read`: the roles (виды взаимоотношений) of the current partner; names via role_read. Key: partner_id, role_id. */
  roleRead: namedOp<NoInput | undefined, PartnerRoleRow[]>()(
    rowsOp({
      wire: 'partner_role_read',
      idempotent: true,
      doc: 'Reads the roles of the current partner.',
      params: {},
      columns: PARTNER_ROLE,
      key: ['partner_id', 'role_id'],
    }),
  ),
  /** `partner_region_read`: the regions the current partner may work in. Key: partner_id, region_id. */
  regionRead: namedOp<NoInput | undefined, PartnerRegionRow[]>()(
    rowsOp({
      wire: 'partner_region_read',
      idempotent: true,
      doc: 'Reads the regions available to the current partner.',
      params: {},
      columns: PARTNER_REGION,
      key: ['partner_id', 'region_id'],
    }),
  ),
  /** `partner_vendor_read`: partners that imported your exported support line `service_id` (for vendors). Key: partner_id. */
  vendorRead: namedOp<PartnerVendorReadInput, PartnerRow[]>()(
    rowsOp({
      wire: 'partner_vendor_read',
      idempotent: true,
      doc: 'Reads the partners whose users get support on your exported line.',
      params: { service_id: p.id() },
      columns: PARTNER,
      key: ['partner_id'],
    }),
  ),
};
