/** Columns of partner results (partner_read, partner_vendor_read, partner_contact_*, partner_role_read, partner_region_read). */
export const PARTNER = { partner_id: 'string', partner_name: 'string' } as const;
export const PARTNER_CONTACT = {
  partner_id: 'string',
  region_id: 'string',
  contact_type_id: 'string',
  contact_view: 'string',
} as const;
export const PARTNER_ROLE = { partner_id: 'string', role_id: 'string' } as const;
export const PARTNER_REGION = { partner_id: 'string', region_id: 'string' } as const;
