import { type Server, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Emulator, emulate, xsdk } from './helpers.js';

const lineOf = (out: string, check: string) =>
  out.split('\n').find((l) => new RegExp(`^\\S+\\s+${check}\\s`).test(l));

describe.each(['agbis', 'tmmis', 'uzhkh', 'partnerapi', 'webapi2'])(
  'doctor %s against its emulator',
  (api) => {
    let emu: Emulator;
    beforeAll(async () => {
      emu = await emulate(api, ['--seed-size', '1']);
    });
    afterAll(async () => {
      await emu.stop();
    });

    it('passes every check, one line each, and exits 0', async () => {
      const run = await xsdk(['doctor', api], emu.env);
      expect(run.code).toBe(0);
      for (const check of ['dns', 'tcp', 'http', 'clock', 'auth'])
        expect(lineOf(run.stdout, check)).toMatch(/^ok\s/);
      expect(lineOf(run.stdout, 'tls')).toMatch(/^skip\s.*plain http/);
    });

    it('reports refused credentials with a fix and exits 4', async () => {
      const secretVar = Object.keys(emu.env).find((k) => /PASSWORD|TOKEN/.test(k))!;
      const run = await xsdk(['doctor', api], { ...emu.env, [secretVar]: 'not-the-right-one' });
      expect(run.code).toBe(4);
      const line = api === 'uzhkh' ? lineOf(run.stdout, 'allow-list') : lineOf(run.stdout, 'auth');
      expect(line).toMatch(/^FAIL\s.*→ fix: /);
    });
  },
);

describe('doctor: the Умное ЖКХ allow-list', () => {
  it('a 403 notAuthorized with the token sent names the IP allow-list', async () => {
    const emu = await emulate('uzhkh', ['--allowed-ips', '10.9.9.9']);
    try {
      const run = await xsdk(['doctor', 'uzhkh'], emu.env);
      expect(run.code).toBe(4);
      const line = lineOf(run.stdout, 'allow-list');
      expect(line).toMatch(/^FAIL\s+allow-list\s+403 notAuthorized although the token was sent/);
      expect(line).toMatch(
        /fix: ask «Умное ЖКХ» support to add this machine's outgoing \(public\) IP address/,
      );
    } finally {
      await emu.stop();
    }
  });
});

describe('doctor: network failures and clock skew', () => {
  let server: Server;
  let url: string;
  beforeAll(async () => {
    // A server whose clock is ten minutes behind: its Date header says so.
    server = createServer((_req, res) => {
      res.sendDate = false;
      res.writeHead(404, { date: new Date(Date.now() - 600_000).toUTCString() });
      res.end('not here');
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/`;
  });
  afterAll(async () => {
    await new Promise((r) => server.close(r));
  });

  it('a closed port fails at tcp with a fix and exits 6', async () => {
    const run = await xsdk(['doctor', 'uzhkh', '--url', 'http://127.0.0.1:9/'], {
      XSDK_UZHKH_TOKEN: 'abc-token',
    });
    expect(run.code).toBe(6);
    expect(lineOf(run.stdout, 'tcp')).toMatch(/^FAIL\s+tcp\s+127\.0\.0\.1:9 ECONNREFUSED → fix: /);
  });

  it('a host that does not resolve fails at dns', async () => {
    const run = await xsdk(['doctor', 'uzhkh', '--url', 'https://no-such-host.invalid/'], {
      XSDK_UZHKH_TOKEN: 'abc-token',
    });
    expect(run.code).toBe(6);
    expect(lineOf(run.stdout, 'dns')).toMatch(/^FAIL\s+dns\s+no-such-host\.invalid does not resolve.*fix: /);
  });

  it("flags a clock ten minutes off the server's Date header", async () => {
    const run = await xsdk(['doctor', 'tmmis', '--url', url]);
    expect(lineOf(run.stdout, 'http')).toMatch(/^ok\s+http\s.*HTTP 404/);
    expect(lineOf(run.stdout, 'clock')).toMatch(
      /^FAIL\s+clock\s+this machine is 6\d\d s ahead of the server.*fix: sync the clock/,
    );
    expect(run.code).toBe(9);
  });
});
