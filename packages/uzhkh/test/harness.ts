import { UzhkhClient, type UzhkhClientOptions } from '@x/uzhkh';
import { UzhkhEmulator, type UzhkhEmulatorOptions } from '@x/uzhkh/testing';
import { mswHandlers } from '@x/uzhkh/testing/msw';
import { useMswServer } from '@x/test-kit';

/** The customer's "internal link" in tests (with a path prefix, as real ones have). */
export const BASE = 'https://demo.uzhkh.test/api/customer-42';
export const TOKEN = 'test-token-0123456789';

/** The input of a `registrations.handleRequestTo*` call that approves request `id`. */
export const approval = (id: string, isSendNotification = true) => ({
  id,
  isApprove: true,
  isReject: false,
  isSendNotification,
});

/**
 * The test harness (the same name and shape in every package): an msw server for the file, and
 * `fresh()` for a new emulator routed through it and a client against it.
 */
export function useHarness() {
  const server = useMswServer();
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
