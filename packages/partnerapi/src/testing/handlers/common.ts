/** Helpers several PartnerAPI handler sections share. */
import { type Ctx, EmulatorFault } from '../context.js';
import type { ClientRecord, ClientUserRecord, PartnerUserRecord, ServiceTypeRecord } from '../state.js';

/** A client of the current partner; any other id is refused as the server refuses it. */
export function clientOf(ctx: Ctx, id: string): ClientRecord {
  const c = ctx.state.clients.get(id);
  if (!c || c.partner_id !== ctx.state.partner.partner_id)
    throw new EmulatorFault(`Нет доступа к клиенту ${id}`);
  return c;
}

/** {@link clientOf}, refusing a deleted client too (what adding a user or a service to it needs). */
export function liveClientOf(ctx: Ctx, id: string): ClientRecord {
  const c = clientOf(ctx, id);
  if (c.client_del) throw new EmulatorFault(`Клиент ${id} удален`);
  return c;
}

export function checkRegion(ctx: Ctx, id: string): void {
  if (!ctx.state.partnerRegions.has(id)) throw new EmulatorFault(`Регион ${id} недоступен партнеру`);
}

export function contactRows(
  ctx: Ctx,
  ownerKey: string,
  owner: string | null,
  region: string | null,
  type: string | null,
) {
  const out: Record<string, string>[] = [];
  for (const [k, view] of ctx.state.contacts) {
    const [o, r, t] = k.split('|') as [string, string, string];
    if (owner !== null && o !== owner) continue;
    if (region !== null && r !== region) continue;
    if (type !== null && t !== type) continue;
    out.push(
      ownerKey === 'partner_id'
        ? { partner_id: o, region_id: r, contact_type_id: t, contact_view: view }
        : { [ownerKey]: o, contact_type_id: t, contact_view: view },
    );
  }
  return out;
}

/** Contact owners are told apart by kind so a client and a user never share a key. */
export function contactKey(owner: string, region: string, type: string): string {
  return `${owner}|${region}|${type}`;
}

export function checkContactType(ctx: Ctx, id: string, code: number): void {
  const t = ctx.state.contactTypes.get(id);
  if (!t || t.contact_type_code !== code) {
    throw new EmulatorFault(`Вид контактной информации ${id} недоступен для этой операции`, 'Sender');
  }
}

export function partnerUserOf(ctx: Ctx, id: string): PartnerUserRecord {
  const u = ctx.state.partnerUsers.get(id);
  if (!u || u.partner_id !== ctx.state.partner.partner_id)
    throw new EmulatorFault(`Сотрудник партнера ${id} не найден`);
  return u;
}

export function clientUserOf(ctx: Ctx, id: string): ClientUserRecord {
  const u = ctx.state.clientUsers.get(id);
  const c = u && ctx.state.clients.get(u.client_id);
  if (!u || !c || c.partner_id !== ctx.state.partner.partner_id)
    throw new EmulatorFault(`Сотрудник клиента ${id} не найден`);
  return u;
}

export function serviceTypeOf(ctx: Ctx, id: string): ServiceTypeRecord {
  const t = ctx.state.serviceTypes.get(id);
  if (!t) throw new EmulatorFault(`Вид сервиса ${id} не найден`);
  return t;
}
