import { seededRandom } from '@x/core/testing';
import type { SeedInvoice, SeedLine } from './state.js';

/** A GUID (version-4 layout) drawn from `random`. */
export function randomGuid(random: () => number): string {
  const hex = Array.from({ length: 32 }, () => Math.floor(random() * 16).toString(16));
  hex[12] = '4';
  hex[16] = ((Number.parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16);
  const s = hex.join('');
  return `${s.slice(0, 8)}-${s.slice(8, 12)}-${s.slice(12, 16)}-${s.slice(16, 20)}-${s.slice(20)}`;
}

const SERVICES = [
  ['B01.047.001', 'Приём (осмотр, консультация) врача-терапевта первичный'],
  ['A09.05.023', 'Исследование уровня глюкозы в крови'],
  ['A05.10.006', 'Регистрация электрокардиограммы'],
  ['A04.16.001', 'Ультразвуковое исследование органов брюшной полости'],
  ['B03.016.003', 'Общий (клинический) анализ крови развёрнутый'],
  ['A11.12.009', 'Взятие крови из периферической вены'],
] as const;
const TAXES = [-1, 0, 10, 20, 22, 5] as const;

/** Options of {@link generateInvoice}. */
export interface GenerateInvoiceOptions {
  /** Number of lines. Default 3. */
  lines?: number;
  /** PRNG seed; the same seed gives the same invoice. Default 1. */
  seed?: number;
  /** Fields to set on the result (payer, status, Type...). */
  overrides?: Partial<SeedInvoice>;
}

/**
 * An internally consistent invoice with `lines` lines: each smCost = smPrice × smCount exactly,
 * and the invoice sum is their total (prices in whole kopecks, quantities whole).
 */
export function generateInvoice(options: GenerateInvoiceOptions = {}): SeedInvoice {
  const random = seededRandom(options.seed ?? 1);
  const count = options.lines ?? 3;
  const Services: SeedLine[] = Array.from({ length: count }, (_, i) => {
    const [smCode, smName] = SERVICES[i % SERVICES.length]!;
    const priceKopecks = 10_000 + Math.floor(random() * 490_000);
    const smCount = 1 + Math.floor(random() * 3);
    return {
      smGuid: randomGuid(random),
      smCode,
      smName,
      Tax: TAXES[Math.floor(random() * TAXES.length)]!,
      smCount,
      smPrice: priceKopecks / 100,
      smCost: (priceKopecks * smCount) / 100,
    };
  });
  return {
    invoiceGuid: randomGuid(random),
    payer: {
      payerGuid: randomGuid(random),
      family: 'Иванов',
      name: 'Иван',
      ot: 'Иванович',
      birthday: '1980-05-17',
      contactMPhone: '+79161234567',
      contactEmail: 'ivanov@example.ru',
    },
    Services,
    ...options.overrides,
  };
}
