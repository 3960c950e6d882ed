/**
 * Default wire records for the emulator, shaped exactly as the platform sends them: PascalCase
 * keys, ISO local date-times, JSON numbers and booleans. Seeds and mutations override any field.
 */

/** One record as it travels on the wire. */
export type WireRecord = Record<string, unknown>;

/** Entity kinds the emulator stores; the same names as the change records' `kind`. */
export type EntityKind =
  | 'object'
  | 'account'
  | 'resident'
  | 'counter'
  | 'request'
  | 'payment'
  | 'doc'
  | 'car'
  | 'requesttoregister'
  | 'requesttoobjectadding';

/** The change-record key («Общий класс» field) of each kind. */
export const CHANGE_KEY: Record<EntityKind, string> = {
  object: 'Obj',
  account: 'Account',
  resident: 'Resident',
  counter: 'Counter',
  request: 'Request',
  payment: 'Payment',
  doc: 'Doc',
  car: 'Car',
  requesttoregister: 'RequestToRegister',
  requesttoobjectadding: 'RequestToObjectAdding',
};

/** Every stored kind, in a stable order. */
export const ENTITY_KINDS = Object.keys(CHANGE_KEY) as EntityKind[];

/** Fills the fields the document marks as required (and sensible optional ones) for one kind. */
export function defaults(kind: EntityKind, id: string | number, now: string): WireRecord {
  switch (kind) {
    case 'object':
      return {
        TypeObject: 'Квартира',
        Address: `ул. Ткачей, д. 13, кв. ${id}`,
        Locality: 'Санкт-Петербург',
        Street: 'ул. Ткачей',
        HouseNumber: '13',
        FlatNumber: String(id),
        SquareAll: 54.3,
        SquareLiving: 32.1,
        CountRooms: '2',
        EtazhNumber: 3,
        PodyezdNumber: '1',
        Id: id,
        HouseId: 'house-1',
        YearOfHouse: 1978,
        SipNumber: null,
        SipPassword: null,
      };
    case 'account':
      return {
        Id: id,
        AccountNumber: `LS-${id}`,
        IsActive: true,
        ApartmentID: `obj-${id}`,
        TypeObject: 'Квартира',
        DateTimeOpen: now,
        DateTimeClose: null,
        SpelledOutPerson: 1,
        RegisteredPerson: 1,
        LivingPerson: 1,
        RelatedAccountId: null,
        Balance: 0,
        Persons: [],
      };
    case 'resident':
      return {
        Surname: 'Иванов',
        Name: 'Иван',
        Patronymic: 'Иванович',
        UrCompanyName: null,
        Email: null,
        Phone: null,
        Id: id,
        IsEmployer: null,
        IsOwner: null,
        ParentResidentId: null,
      };
    case 'counter':
      return {
        Id: id,
        SerialNumber: `SN-${id}`,
        Value1: 0,
        Value2: null,
        Value3: null,
        DateTimeForValue: now,
        CounterTypeIdentifier: 'WaterColdM3',
        IsPublish: true,
        FlatId: 'obj-1',
        TypeObject: 'Квартира',
        CheckDate: null,
        CommissioningDate: null,
      };
    case 'request':
      return {
        Id: id,
        Number: String(id),
        Title: 'Течёт кран',
        Description: null,
        Summary: null,
        CreationDate: now,
        FinishDate: null,
        AccountNumber: 'LS-1',
        AccountId: '1',
        TimeFrom: null,
        TimeTo: null,
        DispatcherName: null,
        Service: null,
        ServiceCategory: null,
        IdentifierService: null,
        IdentifierServiceCategory: null,
        ServiceGuid: null,
        ResponsibleId: null,
        ExecutorId: null,
        RequestType: null,
        WorkType: null,
        Status: 'Новая',
        IsCrash: false,
        IsImportant: false,
        IsPayable: false,
        IsGuarantee: false,
        IsComplaint: false,
        IsReasonable: false,
        IsRepeated: false,
        ResidentId: 'res-1',
        FlatId: 'obj-1',
        TypeObject: 'Квартира',
        Rating: null,
        RatingComment: null,
        IsPayment: false,
        PaymentSum: 0,
        Files: [],
        FilesFromExecutor: [],
        DelayedPaymentDateTime: null,
        SourceComment: null,
        IdCounter: null,
        CarBrand: null,
        CarModel: null,
        CarNumber: null,
        Date: null,
        Time: null,
        CurrentPhone: null,
        CurrentEmail: null,
        ProviderInn: null,
        InitiatorSurname: null,
        InitiatorName: null,
        InitiatorPatronymic: null,
      };
    case 'payment':
      return {
        Sum: 100,
        Commission: null,
        AccountNumber: 'LS-1',
        AccountId: '1',
        DateTime: now,
        Id: id,
        AccrualDate: null,
        ServiceTitle: null,
        IdRequest: null,
        OrderId: null,
        OrderNumber: null,
        IsRequest: false,
        FromWeb: false,
        FromMobile: true,
        IsInsurance: false,
        InsurancePeriod: null,
        InsuranceNumber: null,
        InsuranceId: null,
        IsAutopay: false,
        ContractorName: null,
      };
    case 'doc':
      return {
        Id: id,
        TypeName: 'news',
        Title: 'Отключение воды',
        Text: '<p>Плановое отключение горячей воды.</p>',
        IsPublish: true,
        Date: now,
        IsForExecutors: false,
        IsForResponsibles: false,
        IsForContractors: false,
        IsForDisp: false,
        IsForParking: false,
        IsForNoParking: false,
        PushText: null,
        EmailTitle: null,
        EmailText: null,
        SmsText: null,
        HousesIds: null,
        ResidentsIds: null,
        ResidentToFlatsIds: null,
      };
    case 'car':
      return {
        Id: id,
        ResidentId: 'res-1',
        Brand: 'Lada',
        Model: 'Vesta',
        Number: 'А123ВС78',
        PhoneDriver: null,
        IsTemp: false,
      };
    case 'requesttoregister':
      return {
        Id: id,
        FlatId: 'obj-1',
        AccountNumber: 'LS-1',
        Surname: 'Петров',
        Name: 'Пётр',
        Patronymic: null,
        Email: 'petrov@example.org',
        Phone: '+79990000000',
      };
    case 'requesttoobjectadding':
      return { Id: id, FlatId: 'obj-1', ResidentId: 'res-1' };
  }
}
