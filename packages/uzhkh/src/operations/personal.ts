/**
 * Wire fields of «Умное ЖКХ» entities whose values are personal data, declared once and attached
 * to the operations that send or answer them (`personal` on each entry). Logs and errors mask them
 * with `[personal]` unless the client was created with `logPersonalData: true`.
 */

/** ФИО and contacts of residents and of the people in registration requests. */
const PEOPLE = ['Surname', 'Name', 'Patronymic', 'Email', 'Phone'] as const;

/** Residents listed inside an account. */
export const ACCOUNT_PERSONAL = [...PEOPLE, 'Persons'] as const;

/** Request (заявка) text, contacts and initiator; the car fields of parking requests. */
export const REQUEST_PERSONAL = [
  'Description',
  'Summary',
  'RatingComment',
  'SourceComment',
  'CurrentPhone',
  'CurrentEmail',
  'InitiatorSurname',
  'InitiatorName',
  'InitiatorPatronymic',
  'CarNumber',
] as const;

/** Everything the change feed can carry: residents, accounts, requests, cars, registration requests. */
export const FEED_PERSONAL = [...ACCOUNT_PERSONAL, ...REQUEST_PERSONAL, 'PhoneDriver'] as const;

/** The free-text reason of a rejected registration, often naming the resident. */
export const REGISTRATION_PERSONAL = ['cause'] as const;
