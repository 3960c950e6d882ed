import { UzhkhClient } from '@x/uzhkh';
import { UzhkhEmulator } from '@x/uzhkh/testing';
import {
  type PersonalSetup,
  personalDataSuite,
  personalDebugCheck,
  personalProxy,
  personalScenarios,
} from '@x/test-kit';

// Issue 11 §3: every «Умное ЖКХ» operation that carries personal data (residents in the change
// feed and in accounts, request texts and contacts, the free-text reason of a rejected
// registration), run against the emulator with failures injected and the logger at debug: no
// personal value may appear in any log record or error form.

const TOKEN = 'test-token-0123456789';
const RESIDENT = {
  Surname: 'Трофимова',
  Name: 'Евдокия',
  Patronymic: 'Марковна',
  Email: 'trofimova.em@example.ru',
  Phone: '+79094445566',
};
const REQUEST = {
  Description: 'Протечка в ванной, дома пожилая мама, звонить Евдокии',
  CurrentPhone: '+79097778899',
  CurrentEmail: 'evdokia.t@example.ru',
  InitiatorSurname: 'Трофимова',
  InitiatorName: 'Евдокия',
  InitiatorPatronymic: 'Марковна',
};
const CAUSE = 'Собственник Трофимова Евдокия Марковна не подтверждена выпиской ЕГРН';
const PERSONAL_VALUES = [...new Set([...Object.values(RESIDENT), ...Object.values(REQUEST), CAUSE])];

interface Setup extends PersonalSetup {
  client: UzhkhClient;
}

async function setup(logPersonalData?: boolean): Promise<Setup> {
  const emulator = new UzhkhEmulator({ token: TOKEN });
  const resident = emulator.upsertResident(RESIDENT);
  emulator.upsertAccount({ Id: 'acc-1', Persons: [resident] });
  emulator.upsertRequest({ Id: 'req-1', ...REQUEST });
  emulator.addRequestToRegister({ Id: 'r-1', ...RESIDENT });
  const proxy = await personalProxy(
    (req) => emulator.fetch(req),
    (req, path) => new URL(req.url).pathname.endsWith(path),
  );
  const client = new UzhkhClient({
    baseUrl: `${proxy.server.url}/api/customer-42`,
    token: TOKEN,
    allowHttp: true,
    retry: false,
    timeoutMs: 400,
    logger: proxy.logger,
    ...(logPersonalData === undefined ? {} : { logPersonalData }),
  });
  return { ...proxy, client };
}

type Call = [path: string, run: (s: Setup) => Promise<unknown>];
const OPERATIONS: Record<string, Call> = {
  'feed.requests': ['To1c/Requests', (s) => s.client.feed.requests()],
  'download.accountsPage': [
    'Synchronization/DownloadAccounts',
    (s) => s.client.download.accountsPage({ page: 1 }),
  ],
  'download.requestsPage': [
    'Synchronization/DownloadRequests',
    (s) => s.client.download.requestsPage({ page: 1 }),
  ],
  'registrations.handleRequestToRegister': [
    'Synchronization/HandleRequestToRegister',
    (s) =>
      s.client.registrations.handleRequestToRegister({
        id: 'r-1',
        isApprove: false,
        isReject: true,
        cause: CAUSE,
        isSendNotification: false,
      }),
  ],
};

const SCENARIOS = personalScenarios<Setup>(502);

personalDebugCheck('«Умное ЖКХ» personal data with logPersonalData: true (local debugging)', {
  it: 'shows the rejection reason in debug logs',
  setup: () => setup(true),
  run: (s) => OPERATIONS['registrations.handleRequestToRegister']![1](s),
  shows: encodeURIComponent(CAUSE),
});

personalDataSuite(
  '«Умное ЖКХ» personal data stays out of logs and errors',
  Object.entries(OPERATIONS).map(([title, [wire, call]]) => ({ title, wire, call })),
  {
    setup: () => setup(),
    values: PERSONAL_VALUES,
    scenarios: SCENARIOS,
    // A write whose answer body is cut or empty may still count as done (answer kind "none").
    outcomeOpen: (path, scenario) => path.includes('Handle') && scenario === 'answer cut short',
  },
);
