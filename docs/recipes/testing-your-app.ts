// Your application code, the subject of the testing recipe: what a patient owes across their open
// invoices, and a payment that must never be reported twice.
import { TmmisClient } from '@x/tmmis';

/** The total due (roubles, exact to the kopeck) over every open invoice of a patient. */
export async function totalDue(tmmis: TmmisClient, fio: string, birthday: string): Promise<number> {
  const { invoices } = await tmmis.invoices.byPayer({ FIO: fio, Birthday: birthday });
  return invoices.reduce((sum, invoice) => sum + Math.round(invoice.paySum * 100), 0) / 100;
}

/** Creates the client your app uses; tests pass the emulator's URL. */
export function createTmmis(baseUrl: string): TmmisClient {
  return new TmmisClient({
    baseUrl,
    ogrn: '1027700132195',
    oid: '1.2.643.5.1.13.13.12.2.77.7777',
    retry: { baseDelayMs: 1, random: () => 0 },
  });
}
