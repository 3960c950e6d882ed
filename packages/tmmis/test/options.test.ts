import { TmmisClient } from '@x/tmmis';
import { optionChecks } from '@x/test-kit';

optionChecks(
  'TmmisClient',
  (options) => new TmmisClient(options as never),
  { baseUrl: 'https://mis.test/' },
  ['ogrnn', '1'],
);
