// Browser consumer app, bundled with esbuild and run in headless Chromium: two clients with an
// injected-free global fetch, calling emulators served on 127.0.0.1 from another origin (CORS).
import { PartnerApiClient } from '@x/partnerapi';
import { UzhkhClient } from '@x/uzhkh';

async function main(cfg) {
  const uzhkh = new UzhkhClient({ baseUrl: `${cfg.uzhkh}/link/`, token: 't0ken', allowHttp: true });
  let accounts = 0;
  for await (const _ of uzhkh.download.accounts()) accounts++;
  const api = new PartnerApiClient({
    endpoint: cfg.partnerapi,
    user: 'partner',
    password: 'secret',
    allowHttp: true,
  });
  const regions = await api.region.read();
  return `uzhkh: ${accounts} accounts; partnerapi: ${regions.length} regions`;
}

window.__result = main(window.__config).then(
  (ok) => ({ ok }),
  (error) => ({ error: `${error?.name}: ${error?.message}` }),
);
