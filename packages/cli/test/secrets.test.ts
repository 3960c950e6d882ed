import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Emulator, type Run, emulate, xsdk } from './helpers.js';

// Distinctive secrets, given to the emulators (credentials they accept) and to the CLI.
const SECRETS = {
  agbis: { XSDK_AGBIS_USER: 'api', XSDK_AGBIS_PASSWORD: 'Agb1s-Pa55-zq81' },
  tmmis: { XSDK_TMMIS_TOKEN: 'Tmm1s-T0ken-k39x' },
  uzhkh: { XSDK_UZHKH_TOKEN: 'Uzhkh-T0ken-v72m' },
  partnerapi: { XSDK_PARTNERAPI_USER: 'partner', XSDK_PARTNERAPI_PASSWORD: 'Partn3r-Pa55-w04r' },
  webapi2: { XSDK_WEBAPI2_USER: 'partner', XSDK_WEBAPI2_PASSWORD: 'W3bapi2-Pa55-j55t' },
} as const;

const CALLS: Record<keyof typeof SECRETS, { ok: string[]; export: string[] }> = {
  agbis: {
    ok: ['session.validSessionId'],
    export: ['orders', '--from', new Date().toISOString().slice(0, 10)],
  },
  tmmis: { ok: ['invoices.list'], export: ['invoices'] },
  uzhkh: { ok: ['download.accountsPage', 'page:=1'], export: ['accounts'] },
  partnerapi: { ok: ['partner.read'], export: ['client_read'] },
  webapi2: { ok: ['RegionRead'], export: ['ClientRead'] },
};

/** Every form a secret could leak in: as is, URL-encoded, in a Basic header, and AGBIS's SHA-1. */
function forms(env: Record<string, string>): string[] {
  const out: string[] = [];
  const user = Object.entries(env).find(([k]) => k.endsWith('_USER'))?.[1];
  for (const [k, v] of Object.entries(env)) {
    if (!/PASSWORD|TOKEN/.test(k)) continue;
    out.push(v, encodeURIComponent(v), createHash('sha1').update(v).digest('hex'));
    if (user) out.push(Buffer.from(`${user}:${v}`).toString('base64'));
  }
  return out;
}

describe.each(Object.keys(SECRETS) as (keyof typeof SECRETS)[])(
  'no secret in any output of %s, with --debug',
  (api) => {
    let emu: Emulator;
    const env: Record<string, string> = { ...SECRETS[api] };
    beforeAll(async () => {
      emu = await emulate(api, ['--seed-size', '2'], env);
      Object.assign(env, emu.env);
    });
    afterAll(async () => {
      await emu.stop();
    });

    it('call, call --raw, a refused call, doctor and export print no secret', async () => {
      const runs: Run[] = [];
      const wrong = Object.fromEntries(
        Object.entries(env).map(([k, v]) => [k, /PASSWORD|TOKEN/.test(k) ? `${v}-wrong` : v]),
      );
      runs.push(await xsdk(['call', api, ...CALLS[api].ok, '--debug'], env));
      runs.push(await xsdk(['call', api, ...CALLS[api].ok, '--debug', '--raw'], env));
      runs.push(await xsdk(['call', api, ...CALLS[api].ok, '--debug'], wrong));
      runs.push(await xsdk(['doctor', api, '--debug'], env));
      runs.push(await xsdk(['doctor', api, '--debug'], wrong));
      runs.push(await xsdk(['export', api, ...CALLS[api].export, '--debug', '-f', 'jsonl'], env));
      expect(runs[0]!.code).toBe(0);
      expect(runs[2]!.code).toBe(4);
      // --debug really logged the attempts (the scan looks at real log lines).
      expect(runs[0]!.stderr).toMatch(/^debug: /m);
      const everything = runs.map((r) => `${r.stdout}\n${r.stderr}`).join('\n');
      for (const secret of [...forms(SECRETS[api]), ...forms(wrong)])
        expect(everything).not.toContain(secret);
    });
  },
);
