import { AgbisClient } from '@x/agbis';
import { optionChecks } from '@x/test-kit';

optionChecks(
  'AgbisClient',
  (options) => new AgbisClient(options as never),
  { baseUrl: 'https://h.test/cl/x/api/', user: 'api', password: 'pw-123456789' },
  ['pasword', 'x'],
);
