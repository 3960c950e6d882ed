import { p } from '../schemas/params.js';

/** The operands every `*_contact_edit` sends after the owner of the contact: which contact, and its text. */
export interface ContactEditFields {
  /** Contact kind УИД (see `dictionaries.contactTypeRead`). */
  contact_type_id: string;
  /** The contact as text, at most 500 characters. */
  contact_view: string;
}

/** The operand specs of {@link ContactEditFields}, in the document's order (after the owner's id). */
export const contactEditOperands = { contact_type_id: p.id(), contact_view: p.contactView() };
