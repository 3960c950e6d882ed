import { PartnerApiClient, type PartnerApiClientOptions } from '@x/partnerapi';
import { PartnerApiEmulator, type PartnerApiEmulatorOptions } from '@x/partnerapi/testing';

export const URL_BASE = 'https://cus.example.test/cus/ws/PartnerAPI';

/** A client wired to an in-process emulator through its fetch (real Request/Response objects). */
export function setup(
  emulatorOptions: PartnerApiEmulatorOptions = {},
  clientOptions: Partial<PartnerApiClientOptions> = {},
) {
  const emulator = new PartnerApiEmulator(emulatorOptions);
  const client = new PartnerApiClient({
    endpoint: URL_BASE,
    user: 'partner',
    password: 'secret',
    fetch: emulator.fetch,
    retry: false,
    ...clientOptions,
  });
  return { emulator, client };
}
