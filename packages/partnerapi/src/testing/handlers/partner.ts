import type { HandlersOf } from '@x/core/testing';
import type { partnerOperations } from '../../operations/partner.js';
import { type Ctx, EmulatorFault, type Handler, ref, required, rows, text } from '../context.js';
import { checkRegion, contactRows, contactKey, checkContactType } from './common.js';

function partnerOf(ctx: Ctx, id: string | null) {
  const { state } = ctx;
  if (id === null || id === state.partner.partner_id) return state.partner;
  const other = state.otherPartners.get(id);
  if (!other) throw new EmulatorFault(`Нет доступа к партнеру ${id}`);
  return other;
}

/** One handler per entry of `partnerOperations`, under the same key. */
export const partnerHandlers = {
  read: (a, ctx) => {
    const p = partnerOf(ctx, ref(a, 'partner_id'));
    return rows([{ partner_id: p.partner_id, partner_name: p.partner_name }]);
  },
  contactRead: (a, ctx) => {
    const p = partnerOf(ctx, ref(a, 'partner_id'));
    return rows(contactRows(ctx, 'partner_id', p.partner_id, ref(a, 'region_id'), ref(a, 'contact_type_id')));
  },
  contactEdit: (a, ctx) => {
    const region = required(a, 'region_id');
    checkRegion(ctx, region);
    const type = required(a, 'contact_type_id');
    checkContactType(ctx, type, 2);
    const p = ctx.state.partner.partner_id;
    ctx.state.contacts.set(contactKey(p, region, type), (text(a, 'contact_view') ?? '').slice(0, 500));
    return rows(contactRows(ctx, 'partner_id', p, region, type));
  },
  roleRead: (_a, ctx) =>
    rows(
      [...ctx.state.partnerRoles].map((role_id) => ({ partner_id: ctx.state.partner.partner_id, role_id })),
    ),
  regionRead: (_a, ctx) =>
    rows(
      [...ctx.state.partnerRegions].map((region_id) => ({
        partner_id: ctx.state.partner.partner_id,
        region_id,
      })),
    ),
  vendorRead: (a, ctx) => {
    const line = required(a, 'service_id');
    const ids = ctx.state.vendorImports.get(line) ?? [];
    return rows(
      ids
        .map((id) =>
          id === ctx.state.partner.partner_id ? ctx.state.partner : ctx.state.otherPartners.get(id),
        )
        .filter((p) => p !== undefined)
        .map((p) => ({ partner_id: p!.partner_id, partner_name: p!.partner_name })),
    );
  },
} satisfies HandlersOf<typeof partnerOperations, Handler>;
