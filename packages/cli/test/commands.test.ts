import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Emulator, emulate, xsdk } from './helpers.js';

const version = (
  JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string }
).version;

describe('xsdk: help, version, usage errors', () => {
  it('--version prints the package version', async () => {
    const run = await xsdk(['--version']);
    expect(run.code).toBe(0);
    expect(run.stdout.trim()).toBe(version);
  });

  it('--help lists the four commands, the credential variables and the exit codes', async () => {
    const run = await xsdk(['--help']);
    expect(run.code).toBe(0);
    for (const cmd of ['emulate', 'call', 'doctor', 'export'])
      expect(run.stdout).toMatch(new RegExp(`^  ${cmd} `, 'm'));
    expect(run.stdout).toContain('XSDK_UZHKH_TOKEN');
    expect(run.stdout).toMatch(/^ {2}4 {2}auth:/m);
  });

  it.each(['emulate', 'call', 'doctor', 'export'])('%s --help has examples', async (cmd) => {
    const run = await xsdk([cmd, '--help']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Examples:');
    expect(run.stdout).toContain(`xsdk ${cmd} `);
  });

  it('an unknown command, API or operation exits 2', async () => {
    expect((await xsdk(['frobnicate'])).code).toBe(2);
    const api = await xsdk(['call', 'nosuch', 'x']);
    expect(api.code).toBe(2);
    expect(api.stderr).toContain('unknown API "nosuch"');
    const op = await xsdk(['call', 'agbis', 'orders.nosuch'], { XSDK_AGBIS_URL: 'http://127.0.0.1:9/' });
    expect(op.code).toBe(2);
    expect(op.stderr).toContain('has no operation "orders.nosuch"');
  });

  it('a missing service URL is a usage error naming the variable', async () => {
    const run = await xsdk(['call', 'uzhkh', 'feed.requests']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('XSDK_UZHKH_URL');
  });
});

// One emulator per API in its own process; `call` runs against it from another.
const CALLS = [
  { api: 'agbis', method: 'reference.priceList', wire: 'PriceList', rawMatch: /"price_list"/ },
  { api: 'tmmis', method: 'invoices.list', wire: 'IntegrationInvoice', rawMatch: /"invoices"|"Data"/ },
  {
    api: 'uzhkh',
    method: 'download.accountsPage',
    wire: 'Synchronization/DownloadAccounts',
    rawMatch: /"Items"/,
  },
  { api: 'partnerapi', method: 'partner.read', wire: 'partner_read', rawMatch: /<\S*Envelope/ },
  { api: 'webapi2', method: 'regions.read', wire: 'RegionRead', rawMatch: /ResultCode/ },
] as const;

describe.each(CALLS)('emulate $api + call', ({ api, method, wire, rawMatch }) => {
  let emu: Emulator;
  beforeAll(async () => {
    emu = await emulate(api, ['--seed-size', '3']);
  });
  afterAll(async () => {
    await emu.stop();
  });

  it('prints its base URL and credentials', () => {
    expect(emu.baseUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+/);
    expect(Object.keys(emu.env).some((k) => k.endsWith('_URL'))).toBe(true);
    expect(Object.keys(emu.env).length).toBeGreaterThan(1);
  });

  it(`calls ${method} by SDK method name and by wire name, JSON on stdout`, async () => {
    const byMethod = await xsdk(['call', api, method, '--compact'], emu.env);
    expect(byMethod.stderr).toBe('');
    expect(byMethod.code).toBe(0);
    const byWire = await xsdk(['call', api, wire, '--compact'], emu.env);
    expect(byWire.code).toBe(0);
    expect(JSON.parse(byWire.stdout)).toEqual(JSON.parse(byMethod.stdout));
  });

  it('--raw prints the vendor answer as received', async () => {
    const run = await xsdk(['call', api, wire, '--raw'], emu.env);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(rawMatch);
  });

  it('logs one line per request', async () => {
    const before = emu
      .output()
      .split('\n')
      .filter((l) => l.includes(` ${wire} `)).length;
    await xsdk(['call', api, wire], emu.env);
    await new Promise((r) => setTimeout(r, 100));
    const lines = emu
      .output()
      .split('\n')
      .filter((l) => l.includes(` ${wire} `));
    expect(lines.length).toBe(before + 1);
    expect(lines.at(-1)).toMatch(/^\d{4}-\d{2}-\d{2}T\S+ (GET|POST) \/\S* \S+ 200$/);
  });

  it('listing without an operation shows method and wire names', async () => {
    const run = await xsdk(['call', api], emu.env);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(
      new RegExp(`^${method.replace('.', '\\.')}\\s+${wire.replace('/', '\\/')}`, 'm'),
    );
  });
});

describe('PartnerAPI emulator serves its WSDL', () => {
  it('GET <base URL>?wsdl answers the service description', async () => {
    const emu = await emulate('partnerapi');
    try {
      const basic = Buffer.from(
        `${emu.env.XSDK_PARTNERAPI_USER}:${emu.env.XSDK_PARTNERAPI_PASSWORD}`,
      ).toString('base64');
      const response = await fetch(`${emu.baseUrl}?wsdl`, { headers: { authorization: `Basic ${basic}` } });
      expect(response.status).toBe(200);
      const text = await response.text();
      expect(text).toContain('definitions');
      expect(text).toContain('partner_read');
    } finally {
      await emu.stop();
    }
  });
});

describe('PartnerWebAPI2 emulator faults', () => {
  it("takes the kit's faults by operation and { resultCode, text } refusals", async () => {
    const emu = await emulate('webapi2', [
      '--fault',
      '{"operation":"ClientAdd","resultCode":"PARAM_NOT_EXIST","text":"Нет параметра"}',
      '--fault',
      '{"operation":"DepartmentRead","lost":"reset","times":5}',
    ]);
    try {
      // Faults aimed at other operations leave this one alone.
      expect((await xsdk(['call', 'webapi2', 'regions.read'], emu.env)).code).toBe(0);
      const refused = await xsdk(['call', 'webapi2', 'clients.add', 'Name=Лютик'], emu.env);
      expect(refused.code).toBe(7);
      expect(refused.stderr).toContain('PARAM_NOT_EXIST');
      const lost = await xsdk(['call', 'webapi2', 'departments.read', '--timeout', '2000'], emu.env);
      expect(lost.stderr).toContain('ConnectionError');
      expect(lost.code).toBe(6);
    } finally {
      await emu.stop();
    }
  });
});

describe('exit codes by error class', () => {
  let agbis: Emulator;
  beforeAll(async () => {
    agbis = await emulate('agbis', [
      '--fault',
      '{"operation":"ContrTree","status":500,"times":10}',
      '--fault',
      '{"operation":"Regions","status":429,"times":10}',
    ]);
  });
  afterAll(async () => {
    await agbis.stop();
  });

  // Each row: the title, the arguments, what changes in the emulator's environment, the exit code,
  // and what stderr must name (the error class, and for 3 the field).
  it.each<[string, string[], Record<string, string>, number, (string | RegExp)[]]>([
    [
      '3 for parameters rejected before sending',
      ['call', 'agbis', 'orders.between', 'StartDate=someday'],
      {},
      3,
      ['RequestValidationError', 'StartDate'],
    ],
    [
      '4 for refused credentials',
      ['call', 'agbis', 'session.validSessionId'],
      { XSDK_AGBIS_PASSWORD: 'wrong-pass' },
      4,
      ['AuthError'],
    ],
    ['5 for rate limiting', ['call', 'agbis', 'Regions', '--timeout', '2000'], {}, 5, ['RateLimitError']],
    [
      '6 when nothing answers',
      ['call', 'agbis', 'reference.priceList'],
      { XSDK_AGBIS_URL: 'http://127.0.0.1:9/cl/x/api/' },
      6,
      ['ConnectionError'],
    ],
    [
      '7 when the vendor answers with an error',
      ['call', 'agbis', 'ContrTree'],
      {},
      7,
      [/HttpError|ApiError/],
    ],
  ])('%s', async (_title, args, env, code, named) => {
    const run = await xsdk(args, { ...agbis.env, ...env });
    for (const text of named) {
      if (typeof text === 'string') expect(run.stderr).toContain(text);
      else expect(run.stderr).toMatch(text);
    }
    expect(run.code).toBe(code);
  });

  it('8 when the answer is not what the vendor documents', async () => {
    const emu = await emulate('uzhkh', [
      '--fault',
      '{"operation":"To1c/Requests","status":200,"body":"<html>oops</html>","contentType":"text/html","times":10}',
    ]);
    try {
      const run = await xsdk(['call', 'uzhkh', 'feed.requests'], emu.env);
      expect(run.stderr).toContain('ResponseError');
      expect(run.code).toBe(8);
    } finally {
      await emu.stop();
    }
  });
});
