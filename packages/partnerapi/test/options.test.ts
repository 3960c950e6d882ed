import { PartnerApiClient } from '@x/partnerapi';
import { optionChecks } from '@x/test-kit';

optionChecks(
  'PartnerApiClient',
  (options) => new PartnerApiClient(options as never),
  { user: 'u', password: 'pw-123456789' },
  ['soapversion', '1.2'],
);
