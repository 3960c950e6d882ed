import { Command, CommanderError, Option } from 'commander';
import pkg from '../package.json' with { type: 'json' };
import { API_NAMES } from './apis/index.js';
import { callCommand } from './commands/call.js';
import { doctorCommand } from './commands/doctor.js';
import { emulateCommand } from './commands/emulate.js';
import { exportCommand } from './commands/export.js';
import { EXIT, EXIT_HELP, exitCodeOf } from './exit-codes.js';
import { Output } from './io.js';

const output = new Output();
// `xsdk … | head` closes the pipe early: that is the reader's choice, not an error.
for (const stream of [process.stdout, process.stderr])
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
const apis = API_NAMES.join('|');
const number = (what: string) => (value: string) => {
  const n = Number(value);
  if (value.trim() === '' || Number.isNaN(n))
    throw new CommanderError(EXIT.usage, 'xsdk.number', `${what} must be a number, got "${value}"`);
  return n;
};

const CREDENTIALS = `Credentials come from environment variables or the config file, never from flags:
  agbis       XSDK_AGBIS_URL, XSDK_AGBIS_USER, XSDK_AGBIS_PASSWORD
  tmmis       XSDK_TMMIS_URL, XSDK_TMMIS_TOKEN (or XSDK_TMMIS_USER + XSDK_TMMIS_PASSWORD),
              XSDK_TMMIS_OGRN, XSDK_TMMIS_OID
  uzhkh       XSDK_UZHKH_URL, XSDK_UZHKH_TOKEN
  partnerapi  XSDK_PARTNERAPI_URL, XSDK_PARTNERAPI_USER, XSDK_PARTNERAPI_PASSWORD
  webapi2     XSDK_WEBAPI2_URL, XSDK_WEBAPI2_USER, XSDK_WEBAPI2_PASSWORD
Config file (--config, XSDK_CONFIG, or ./xsdk.config.json; chmod 600):
  { "agbis": { "url": "https://host/cl/Path/api/", "user": "api", "password": "…" } }
Environment variables win over the file.`;

function connectionOptions(cmd: Command): Command {
  return cmd
    .option('--url <url>', 'service URL (else XSDK_<API>_URL or the config file)')
    .option('--config <file>', 'config file with URLs and credentials (default ./xsdk.config.json)')
    .option('--timeout <ms>', 'per-attempt timeout in milliseconds', number('--timeout'))
    .option(
      '--debug',
      "the client's log line per attempt on stderr (secrets masked), stack traces on errors",
    );
}

async function run(action: () => Promise<number>): Promise<void> {
  try {
    process.exitCode = await action();
  } catch (error) {
    output.error(error);
    process.exitCode = exitCodeOf(error);
  }
}

const program = new Command()
  .name('xsdk')
  .description(
    'A command-line tool for integrators of ТМ:МИС, Умное ЖКХ, 1С-Коннект PartnerAPI/PartnerWebAPI2 and Агбис.Химчистка: run an emulator, call any operation, check a connection, export data.',
  )
  .version(pkg.version, '-V, --version')
  .showHelpAfterError()
  .exitOverride()
  .configureOutput({ writeErr: (s) => process.stderr.write(s) })
  .addHelpText('after', `\nAPIs: ${API_NAMES.join(', ')}\n\n${CREDENTIALS}\n\n${EXIT_HELP}\n`);

program
  .command('emulate')
  .description(
    "run a client's emulator as a standalone HTTP server; prints its base URL and credentials, then one line per request",
  )
  .argument('<api>', apis)
  .option('-p, --port <port>', 'port (0: a free one)', number('--port'), 0)
  .option('--host <host>', 'interface to listen on (beyond loopback only on purpose)', '127.0.0.1')
  .option(
    '--seed-size <n>',
    'generated records to start with (clients, orders, accounts, invoices)',
    number('--seed-size'),
    10,
  )
  .option('--seed-file <file>', "JSON file with the emulator's seed data (its own seed format)")
  .option(
    '--clock-speed <x>',
    'emulated clock speed: 1 real time, 0 frozen, 60 a minute per second',
    number('--clock-speed'),
    1,
  )
  .option('--clock-start <iso>', 'emulated clock start (default now)')
  .option(
    '--fault <json>',
    'inject a fault, repeatable: {"operation":"Pay","status":503,"times":2}, {"lost":"reset"}, {"delayMs":2000}',
    (v: string, prev: string[]) => [...prev, v],
    [] as string[],
  )
  .option('--allowed-ips <list>', 'Умное ЖКХ: the IP allow-list, comma-separated (default 127.0.0.1,::1)')
  .option('--config <file>', 'config file whose credentials the emulator accepts')
  .option('-q, --quiet', 'no request log lines')
  .addHelpText(
    'after',
    `
The emulator accepts the credentials named by the environment variables or the config file
(see "xsdk --help"), else its defaults, and prints them. It stops on Ctrl+C or SIGTERM.

Examples:
  xsdk emulate agbis --port 8080
  xsdk emulate partnerapi --port 8081          # WSDL at <base URL>?wsdl
  XSDK_UZHKH_TOKEN=t0ken xsdk emulate uzhkh --seed-size 1000
  xsdk emulate uzhkh --allowed-ips 10.0.0.1    # every request: 403 notAuthorized
  xsdk emulate tmmis --fault '{"operation":"Pay","lost":"reset"}'
  xsdk emulate agbis --clock-speed 60 --seed-file ./my-clients.json`,
  )
  .action((api: string, o) => run(() => emulateCommand(api, o, output)));

connectionOptions(
  program
    .command('call')
    .description('call any operation by SDK method name or vendor wire name; prints the result as JSON')
    .argument('<api>', apis)
    .argument(
      '[operation]',
      'SDK method (orders.between) or wire name (OrdersBetweenForAll); omit to list them',
    )
    .argument(
      '[params...]',
      'key=value (string), key:=<JSON value>, a JSON object, @file.json, or - for stdin',
    )
    .option('--raw', "print the vendor's answer as received instead of the decoded result")
    .addOption(new Option('--pretty', 'indented JSON (default on a terminal)').conflicts('compact'))
    .option('--compact', 'one-line JSON'),
)
  .addHelpText(
    'after',
    `
Examples:
  xsdk call agbis                                   # list operations
  xsdk call agbis orders.between StartDate=2026-01-01 StopDate=2026-01-07
  xsdk call agbis OrdersBetweenForAll '{"StartDate":"2026-01-01","StopDate":"2026-01-07"}'
  xsdk call uzhkh download.accountsPage page:=2
  xsdk call partnerapi client_read --raw
  xsdk call webapi2 ClientRead

${EXIT_HELP}`,
  )
  .action((api: string, operation: string | undefined, params: string[], o) =>
    run(() => {
      output.debug = o.debug === true;
      return callCommand(api, operation, params, { ...o, pretty: o.compact ? false : o.pretty }, output);
    }),
  );

connectionOptions(
  program
    .command('doctor')
    .description(
      'check the connection: DNS, TCP, TLS, HTTP, clock skew, credentials (and the Умное ЖКХ allow-list)',
    )
    .argument('<api>', apis),
)
  .addHelpText(
    'after',
    `
Each line: a verdict (ok, WARN, FAIL, skip), the check, what was seen, and for problems the fix.
Exit 0 when nothing failed; otherwise the class of the first failure (6 transport, 4 auth, 9 other).

Examples:
  XSDK_UZHKH_URL=https://… XSDK_UZHKH_TOKEN=… xsdk doctor uzhkh
  xsdk doctor agbis --config ./xsdk.config.json`,
  )
  .action((api: string, o) =>
    run(() => {
      output.debug = o.debug === true;
      return doctorCommand(api, o, output);
    }),
  );

connectionOptions(
  program
    .command('export')
    .description('export a stream or table to CSV or JSON Lines, with progress on stderr; resumable')
    .argument('<api>', apis)
    .argument('[stream]', 'stream name; omit to list them')
    .argument('[params...]', 'parameters of a table read: key=value, key:=<JSON>, a JSON object')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['csv', 'jsonl']).default('csv'))
    .option('-o, --out <file>', 'write to a file instead of stdout (appended to when resuming)')
    .option('--from <page|date>', 'first page (paged streams) or first day YYYY-MM-DD (window streams)')
    .option('--to <date>', 'last day, included (window streams; default today)')
    .option('--window-days <n>', 'days per request (window streams)', number('--window-days'))
    .option('--state <file>', 'state file: written after each page or window; a new run resumes from it')
    .option('--delimiter <char>', 'CSV field delimiter', ',')
    .option('--no-progress', 'no progress output on stderr'),
)
  .addHelpText(
    'after',
    `
Progress: a bar when stderr is a terminal, one plain line per page or window otherwise.

Examples:
  xsdk export agbis                                  # list streams
  xsdk export agbis orders --from 2026-01-01 --to 2026-03-31 -o orders.csv --state orders.state.json
  xsdk export uzhkh accounts -f jsonl > accounts.jsonl
  xsdk export uzhkh payments --from 5                # from page 5
  xsdk export partnerapi client_read -o clients.csv
  xsdk export webapi2 GetHistoryOfServiceCalls --from 2026-01-01 --to 2026-01-31`,
  )
  .action((api: string, stream: string | undefined, params: string[], o) =>
    run(() => {
      output.debug = o.debug === true;
      return exportCommand(api, stream, params, o, output);
    }),
  );

try {
  await program.parseAsync(process.argv);
} catch (error) {
  if (error instanceof CommanderError) {
    process.exitCode = error.exitCode === 0 ? 0 : EXIT.usage;
  } else {
    output.error(error);
    process.exitCode = exitCodeOf(error);
  }
}
