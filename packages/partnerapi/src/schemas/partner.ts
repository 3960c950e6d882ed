import type { VendorRow } from './fields.js';
/** Columns of partner results (partner_read, partner_vendor_read, partner_contact_*, partner_role_read, partner_region_read). */
export const PARTNER = { partner_id: 'string', partner_name: 'string' } as const;
/** A row of the operations answering with `PARTNER` columns; `null` where the server sent nil or left the column out. */
export interface PartnerRow extends VendorRow {
  /** Partner УИД. */
  partner_id: string | null;
  /** Partner name. */
  partner_name: string | null;
}
export const PARTNER_CONTACT = {
  partner_id: 'string',
  region_id: 'string',
  contact_type_id: 'string',
  contact_view: 'string',
} as const;
/** A row of the operations answering with `PARTNER_CONTACT` columns; `null` where the server sent nil or left the column out. */
export interface PartnerContactRow extends VendorRow {
  /** Partner УИД. */
  partner_id: string | null;
  /** Region УИД. */
  region_id: string | null;
  /** Contact kind УИД (see `dictionaries.contactTypeRead`). */
  contact_type_id: string | null;
  /** The contact as text (up to 500 characters). */
  contact_view: string | null;
}
export const PARTNER_ROLE = { partner_id: 'string', role_id: 'string' } as const;
/** A row of the operations answering with `PARTNER_ROLE` columns; `null` where the server sent nil or left the column out. */
export interface PartnerRoleRow extends VendorRow {
  /** Partner УИД. */
  partner_id: string | null;
  /** Role УИД (see `dictionaries.roleRead`). */
  role_id: string | null;
}
export const PARTNER_REGION = { partner_id: 'string', region_id: 'string' } as const;
/** A row of the operations answering with `PARTNER_REGION` columns; `null` where the server sent nil or left the column out. */
export interface PartnerRegionRow extends VendorRow {
  /** Partner УИД. */
  partner_id: string | null;
  /** Region УИД. */
  region_id: string | null;
}
