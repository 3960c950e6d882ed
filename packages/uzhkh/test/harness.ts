import { UzhkhClient, type UzhkhClientOptions } from '@x/uzhkh';
import { UzhkhEmulator, type UzhkhEmulatorOptions } from '@x/uzhkh/testing';
import { mswHandlers } from '@x/uzhkh/testing/msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll } from 'vitest';

/** The customer's "internal link" in tests (with a path prefix, as real ones have). */
export const BASE = 'https://demo.uzhkh.test/api/customer-42';
export const TOKEN = 'test-token-0123456789';

/** msw server routed to a fresh emulator per test. */
export function useHarness() {
  const server = setupServer();
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
  afterEach(() => server.resetHandlers());
  afterAll(() => server.close());
  return {
    server,
    fresh(
      emulatorOptions: UzhkhEmulatorOptions = {},
      clientOptions: Partial<UzhkhClientOptions> = {},
    ): { emulator: UzhkhEmulator; client: UzhkhClient } {
      const emulator = new UzhkhEmulator({ token: TOKEN, ...emulatorOptions });
      server.resetHandlers(...mswHandlers(emulator, BASE));
      const client = new UzhkhClient({
        baseUrl: BASE,
        token: TOKEN,
        retry: { baseDelayMs: 1, maxDelayMs: 2 },
        ...clientOptions,
      });
      return { emulator, client };
    },
  };
}
