import { UzhkhClient } from '@x/uzhkh';
import { optionChecks } from '@x/test-kit';

optionChecks(
  'UzhkhClient',
  (options) => new UzhkhClient(options as never),
  { baseUrl: 'https://gkh.test/', token: 'token-123456789' },
  ['tokn', 'x'],
);
