/**
 * The enumerations the document lists. Each is open: the SDK types the known values for
 * autocompletion and passes any other string through (the platform adds values over time).
 */

/** `TypeObject` values: kinds of real-estate object («Квартира», «Офис», «Паркинг»...). */
export const OBJECT_TYPES = [
  'Квартира',
  'Апартаменты',
  'Кладовка',
  'Этажная кладовка',
  'Подвальная кладовка',
  'Офис',
  'Нежилое',
  'Паркинг',
  'Машиноместо',
  'Бокс в закрытом паркинге',
  'Бокс в открытом паркинге',
] as const;
/** A `TypeObject` value; unknown values are kept as strings. */
export type ObjectType = (typeof OBJECT_TYPES)[number] | (string & {});

/** `CounterTypeIdentifier` values: meter kinds (cold/hot water, gas, heating, electricity). */
export const COUNTER_TYPES = [
  'WaterColdM3',
  'WaterHotM3',
  'Gas',
  'HeatingTotalGkal',
  'ElectricitySimpleKwh',
  'ElectricityTotalKwh',
  'ElectricityTotalKwh-3',
] as const;
/** A `CounterTypeIdentifier` value; unknown values are kept as strings. */
export type CounterType = (typeof COUNTER_TYPES)[number] | (string & {});

/** `type` values of `SetId`: what kind of record an external id is assigned to. */
export const SET_ID_TYPES = [
  'counter',
  'resident',
  'payment',
  'account',
  'request',
  'object',
  'article',
  'news',
  'notice',
] as const;
/** A `SetId` type; other strings are sent as given (the server answers `unknownType` if it disagrees). */
export type SetIdType = (typeof SET_ID_TYPES)[number] | (string & {});

/** `Type` values of `To1c/DeletedItems`: the SetId types plus the two registration requests. */
export const DELETED_ITEM_TYPES = [...SET_ID_TYPES, 'requesttoobjectadding', 'requesttoregister'] as const;
/** A deleted item's `Type`; unknown values are kept as strings. */
export type DeletedItemType = (typeof DELETED_ITEM_TYPES)[number] | (string & {});

/** `TypeName` values of a document. */
export const DOC_TYPES = ['article', 'news', 'notice'] as const;
/** A document's `TypeName`; unknown values are kept as strings. */
export type DocType = (typeof DOC_TYPES)[number] | (string & {});
