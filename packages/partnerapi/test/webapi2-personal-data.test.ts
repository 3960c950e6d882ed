import { SdkError } from '@x/core';
import { type EmulatorFault, captureLogger } from '@x/core/testing';
import {
  PartnerWebApi2Emulator,
  type WebApi2Request,
  resultCode,
  webApi2AnswerXml,
  webApi2ValueTableXml,
} from '@x/partnerapi/testing';
import { PartnerWebApi2Client, type WebApi2OperationName } from '@x/partnerapi/webapi2';
import { expectNothingPersonal } from '@x/test-kit';
import { describe, expect, it } from 'vitest';

// Issue 11 §3 for PartnerWebAPI2: every emulated operation that carries personal data (names of
// clients and their users, specialists, birthdays, phones, e-mails, INN, the free text of service
// requests), run against the emulator with failures injected and the logger at debug: no personal
// value may appear in any log record or error form.

const V = {
  clientName: 'ИП Белоусова Вера',
  fullName: 'Индивидуальный предприниматель Белоусова Вера Николаевна',
  inn: '772814503964',
  userName: 'Милослава',
  surname: 'Ершова-Лисицына',
  secondary: 'Тимуровна',
  birthday: '1986-04-19',
  phone: '+7 916 404-55-17',
  email: 'ershova.mt@example.ru',
  summary: 'Не печатает чек у Ершовой',
  message: 'Позвоните Ершовой на мобильный',
};
const PERSONAL_VALUES = Object.values(V);
const CLIENT = 'c0000000-0000-4000-8000-000000000001';
const SPECIALIST = 's0000000-0000-4000-8000-000000000001';

interface Setup {
  emulator: PartnerWebApi2Emulator;
  client: PartnerWebApi2Client;
  logger: ReturnType<typeof captureLogger>;
  ids: { clientUser: string; request: string; message: string };
}

/** The person fields the setup gives the client user and the specialist, and the calls send. */
const person = {
  Name: V.userName,
  Surname: V.surname,
  SecondaryName: V.secondary,
  Birthday: V.birthday,
  Phone: V.phone,
  EMail: V.email,
};

async function setup(logPersonalData?: boolean): Promise<Setup> {
  const emulator = new PartnerWebApi2Emulator({ limits: false });
  const flag = logPersonalData === undefined ? {} : { logPersonalData };
  const options = {
    endpoint: 'https://emulator.test/cus/ws/PartnerWebAPI2',
    user: 'partner',
    password: 'secret',
    fetch: emulator.fetch,
    retry: false as const,
    ...flag,
  };
  // The data the reads return is made by a separate, quiet client, so that only the call under
  // test and its failures reach the logger.
  const prep = new PartnerWebApi2Client(options);
  await prep.call('ClientAdd', { Name: V.clientName, FullName: V.fullName, INN: V.inn });
  const user = (await prep.call('ClientUserAdd', { ClientID: CLIENT, ...person })) as {
    ClientUserID: string;
  };
  await prep.call('SpecialistEdit', { SpecialistID: SPECIALIST, ...person });
  const request = (await prep.serviceRequests.add({ Summary: V.summary, Description: V.message })) as {
    ServiceRequestID: string;
  };
  const message = (await prep.serviceRequests.sendTextMessage({
    ServiceRequestID: request.ServiceRequestID,
    AuthorID: SPECIALIST,
    Message: V.message,
  })) as { MessageID: string };
  const logger = captureLogger();
  const client = new PartnerWebApi2Client({ ...options, timeoutMs: 300, logger });
  return {
    emulator,
    client,
    logger,
    ids: {
      clientUser: user.ClientUserID,
      request: request.ServiceRequestID,
      message: message.MessageID,
    },
  };
}

/** One call per emulated operation that carries personal data, keyed by wire name. */
const CALLS: Partial<Record<WebApi2OperationName, (s: Setup) => Promise<unknown>>> = {
  ClientAdd: (s) => s.client.call('ClientAdd', { Name: V.clientName, FullName: V.fullName, INN: V.inn }),
  ClientEdit: (s) => s.client.call('ClientEdit', { ClientID: CLIENT, FullName: V.fullName }),
  ClientRead: (s) => s.client.clients.read(),
  ClientUserAdd: (s) => s.client.call('ClientUserAdd', { ClientID: CLIENT, ...person }),
  ClientUserEdit: (s) => s.client.clientUsers.edit({ ClientUserID: s.ids.clientUser, ...person }),
  ClientUserRead: (s) => s.client.clientUsers.read({ ClientID: CLIENT }),
  SpecialistAdd: (s) => s.client.call('SpecialistAdd', { ...person, email: V.email }),
  SpecialistEdit: (s) => s.client.call('SpecialistEdit', { SpecialistID: SPECIALIST, ...person }),
  SpecialistRead: (s) => s.client.specialists.read(),
  ServiceRequestAdd: (s) => s.client.serviceRequests.add({ Summary: V.summary, Description: V.message }),
  ServiceRequestRead: (s) => s.client.call('ServiceRequestRead', {}),
  ServiceRequestMessages: (s) => s.client.serviceRequests.messages({ ServiceRequestID: s.ids.request }),
  ServiceRequestSendTextMessage: (s) =>
    s.client.serviceRequests.sendTextMessage({
      ServiceRequestID: s.ids.request,
      AuthorID: SPECIALIST,
      Message: V.message,
    }),
  ServiceRequestEditTextMessage: (s) =>
    s.client.serviceRequests.editTextMessage({
      ServiceRequestID: s.ids.request,
      MessageID: s.ids.message,
      Message: V.message,
    }),
};

/** An error page in front of 1C quoting the request back (as IIS or Apache pages do). */
const quotingPage =
  (status: number): EmulatorFault<WebApi2Request>['answer'] =>
  (r) =>
    new Response(`<html><body><h1>${status}</h1><pre>${r.body}</pre></body></html>`, {
      status,
      headers: { 'content-type': 'text/html; charset=utf-8' },
    });

/** The records of the emulator as an answer with HTTP 500 (a 1C module error after the read). */
const recordsWith500 =
  (s: Setup): EmulatorFault<WebApi2Request>['answer'] =>
  (r) => {
    const rows = [...s.emulator.state.clients, ...s.emulator.state.clientUsers];
    const table = webApi2ValueTableXml({
      columns: { Name: 'string', FullName: 'string', Surname: 'string', Phone: 'string', EMail: 'string' },
      rows,
    });
    return new Response(
      webApi2AnswerXml(r.soapVersion, 'http://buhphone.com/PartnerWebAPI2', r.operation, 'SUCCESS', table),
      {
        status: 500,
        headers: { 'content-type': 'application/soap+xml; charset=utf-8' },
      },
    );
  };

type Scenario = {
  name: string;
  fault?: (s: Setup, wire: string) => EmulatorFault<WebApi2Request>;
  fails: boolean;
};
const SCENARIOS: Scenario[] = [
  { name: 'success', fails: false },
  {
    name: 'a ResultCode whose text quotes the parameters',
    fault: (_s, wire) => ({
      operation: wire,
      answer: (r) =>
        resultCode('VALIDATION_ERROR', `Неверные данные: ${Object.values(r.params).join('; ')}`).answer!(r),
    }),
    fails: true,
  },
  {
    name: '500 page quoting the request',
    fault: (_s, wire) => ({ operation: wire, answer: quotingPage(500) }),
    fails: true,
  },
  {
    name: '200 HTML page quoting the request',
    fault: (_s, wire) => ({ operation: wire, answer: quotingPage(200) }),
    fails: true,
  },
  {
    name: 'the records answered with status 500',
    fault: (s, wire) => ({ operation: wire, answer: recordsWith500(s) }),
    fails: true,
  },
  {
    name: 'answer lost after the effect',
    fault: (_s, wire) => ({ operation: wire, lost: 'reset' }),
    fails: true,
  },
  { name: 'no answer (timeout)', fault: (_s, wire) => ({ operation: wire, hold: true }), fails: true },
];

describe('PartnerWebAPI2 personal data with logPersonalData: true (local debugging)', () => {
  // First in the file: the names a masking client registers are process-wide, and each test file
  // runs in its own process.
  it('shows the surname a ResultCode text quotes', async () => {
    const s = await setup(true);
    s.emulator.failNext(
      resultCode('VALIDATION_ERROR', `Фамилия ${V.surname} занята`, { operation: 'ClientUserAdd' }),
    );
    const error = await CALLS.ClientUserAdd!(s).catch((e: unknown) => e);
    expect((error as Error).message).toContain(V.surname);
  });
});

describe('PartnerWebAPI2 personal data stays out of logs and errors', () => {
  for (const [wire, call] of Object.entries(CALLS)) {
    for (const scenario of SCENARIOS) {
      it(`${wire}: ${scenario.name}`, async () => {
        const s = await setup();
        if (scenario.fault) s.emulator.failNext(scenario.fault(s, wire));
        let error: unknown;
        try {
          await call(s);
        } catch (e) {
          error = e;
        } finally {
          s.emulator.release();
        }
        if (scenario.fails) expect(error).toBeInstanceOf(SdkError);
        else expect(error).toBeUndefined();
        expectNothingPersonal(s.logger, error, PERSONAL_VALUES);
      });
    }
  }

  it('masks a short secret and a short surname inside 1C Structure properties by name', async () => {
    const s = await setup();
    // The excerpt is short: the page quotes only the Params of the request.
    s.emulator.failNext({
      operation: 'ClientUserEdit',
      answer: (r) =>
        new Response(
          `<pre>${r.body.slice(r.body.lastIndexOf('<Property', r.body.indexOf('"Surname"')))}</pre>`,
          {
            status: 502,
          },
        ),
    });
    const error = await s.client.clientUsers
      .edit({ ClientUserID: s.ids.clientUser, Surname: 'Ли', Password: 'pw4321' })
      .catch((e: unknown) => e);
    const excerpt = (error as { bodyExcerpt: string }).bodyExcerpt;
    expect(excerpt).toMatch(
      /<Property [^>]*name="Surname"><Value xsi:type="xs:string">\[personal\]<\/Value>/,
    );
    expect(excerpt).toMatch(
      /<Property [^>]*name="Password"><Value xsi:type="xs:string">\[redacted\]<\/Value>/,
    );
    expect(excerpt).not.toContain('pw4321');
  });
});
