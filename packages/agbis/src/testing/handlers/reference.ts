import type { HandlersOf } from '@x/core/testing';
import type { referenceOperations } from '../../operations/reference.js';
import { flag, num } from '../format.js';
import { need, str, type Handler } from './common.js';

/** Reference data (справочная информация): one handler per entry of `referenceOperations`, under the same key. */
export const referenceHandlers = {
  contrTree(ctx) {
    return { list: ctx.state.contrTree };
  },
  priceList(ctx) {
    const priceId = ctx.params.price_id === undefined ? '0' : str(ctx.params.price_id);
    const type = Number(ctx.params.tovar_type ?? 0);
    return {
      price_list: ctx.state.priceList
        .filter((p) => p.price_id === priceId && (type === 0 || p.tovar_type === type))
        .map((p) => ({
          ...p,
          tovar_type: String(p.tovar_type),
          price: num(p.price),
          is_price_editable: '1',
          is_not_for_discount: '0',
          is_repair: flag(p.top_parent === 'Ремонт'),
          is_percent_price: '0',
          additional_text: '',
          short_name: '',
          index: '',
        })),
    };
  },
  priceTree(ctx) {
    need(ctx.params, 'id');
    return {
      price: ctx.state.priceGroups
        .filter((g) => g.price_id === str(ctx.params.id))
        .map(({ price_id: _, ...g }) => ({ ...g, comm: '', sort_index: '' })),
    };
  },
  addonTypes(ctx) {
    return {
      addon_types: ctx.state.addonTypes.map((t) => ({
        id: t.id,
        group_id: String(t.group_id),
        table_name: 'DOC_ORDER_SERVICES',
        descr: t.descr,
        value_type: String(t.value_type),
        default_int: '',
        default_str: '',
        default_bool: '0',
        default_date: '',
        default_flt: '',
        is_default_need: '0',
        change_price: '0',
        num: '1,5',
        comments: '',
        addon_str_values: (t.strValues ?? []).map((v) => ({ ...v, value_flt: num(v.value_flt) })),
      })),
    };
  },
  addonPacks(ctx) {
    return { addon_packs: ctx.state.addonPacks };
  },
  regions(ctx) {
    return { regions: ctx.state.regions };
  },
  discountSchemes() {
    return {
      vds: [
        {
          id: '100100100183',
          title: 'Скидка 10%',
          type_of_scheme: '0',
          type_of_action: '0',
          comment: '',
          is_active: '1',
          action_time: '3',
          active_with: '01.01.2026',
          active_to: '',
          discount: '10',
          active_times: [{ day_of_week: '2', is_active: '1', time_first: '00:00:00', time_last: '23:59:00' }],
          sclads: ['10010', '10013'],
          discounts_service_groups: [{ folder_id: '10015', parent: '', discount: '44' }],
          discounts_services: [
            { tovar_id: '10018', discount: '10', price_before: '1000', price_after: '900', fix_price: '0' },
          ],
          promo_codes: [{ promo_code_id: '10021', code: '10334', price_list_id: '', is_active: '1' }],
        },
      ],
      ds: [{ id: '4', title: '3% Накопительная 3-15%' }],
    };
  },
  orderLists() {
    return {
      order_dirties: [{ id: '1001', name: ' Очень сильная загрязненность' }],
      order_nurseries: [
        { id: '1001', name: 'Детская' },
        { id: '1002', name: 'Не детская' },
      ],
      order_times: [
        { id: '1002', name: 'Не срочный' },
        { id: '1004', name: 'Срочный 24 часа' },
      ],
    };
  },
} satisfies HandlersOf<typeof referenceOperations, Handler>;
