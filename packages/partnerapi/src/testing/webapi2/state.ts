/** Records of the PartnerWebAPI2 emulator. `changedAt` (epoch ms) drives `ChangedFrom` reads. */

/** A client organisation. */
export interface EmuClient {
  /** `ClientID` as the service answers it. */
  ClientID: string;
  /** `Name` as the service answers it. */
  Name: string;
  /** `FullName` as the service answers it. */
  FullName: string;
  /** When the record last changed (epoch ms); `ChangedFrom` reads compare against it. */
  changedAt: number;
}

/** A subdivision of the partner's organisation. */
export interface EmuDepartment {
  /** `DepartmentID` as the service answers it. */
  DepartmentID: string;
  /** `Name` as the service answers it. */
  Name: string;
  /** `Deleted` as the service answers it. */
  Deleted: boolean;
  /** When the record last changed (epoch ms); `ChangedFrom` reads compare against it. */
  changedAt: number;
}

/** The person fields specialists and client users share. */
export interface EmuPerson {
  /** `Name` as the service answers it. */
  Name: string;
  /** `Surname` as the service answers it. */
  Surname: string;
  /** `SecondaryName` as the service answers it. */
  SecondaryName: string;
  /** `Birthday` as the service answers it. */
  Birthday: string | null;
  /** `Post` as the service answers it. */
  Post: string;
  /** `DepartmentID` as the service answers it. */
  DepartmentID: string | null;
  /** `Phone` as the service answers it. */
  Phone: string;
  /** `EMail` as the service answers it. */
  EMail: string;
}

/** An employee of the partner. */
export interface EmuSpecialist extends EmuPerson {
  /** `SpecialistID` as the service answers it. */
  SpecialistID: string;
  /** `CreatedAt` as the service answers it. */
  CreatedAt: string;
  /** `Deleted` as the service answers it. */
  Deleted: boolean;
  /** `Login` as the service answers it. */
  Login: number;
  /** When the record last changed (epoch ms); `ChangedFrom` reads compare against it. */
  changedAt: number;
}

/** An employee of a client organisation. */
export interface EmuClientUser extends EmuPerson {
  /** `ClientUserID` as the service answers it. */
  ClientUserID: string;
  /** `ClientID` as the service answers it. */
  ClientID: string;
  /** `Deleted` as the service answers it. */
  Deleted: boolean;
  /** When the record last changed (epoch ms); `ChangedFrom` reads compare against it. */
  changedAt: number;
}

/** A message of a service request. */
export interface EmuMessage {
  /** `MessageID` as the service answers it. */
  MessageID: string;
  /** `AuthorID` as the service answers it. */
  AuthorID: string;
  /** `Message` as the service answers it. */
  Message: string;
  /** `Created` as the service answers it. */
  Created: string;
}

/** A file attached to a service request. */
export interface EmuFile {
  /** `FileID` as the service answers it. */
  FileID: string;
  /** `AuthorID` as the service answers it. */
  AuthorID: string;
  /** `Name` as the service answers it. */
  Name: string;
  /** `Hash` as the service answers it. */
  Hash: string;
  /** The file's bytes. */
  data: Uint8Array;
}

/** A service request (ticket) with its messages and files. */
export interface EmuServiceRequest {
  /** `ServiceRequestID` as the service answers it. */
  ServiceRequestID: string;
  /** `Summary` as the service answers it. */
  Summary: string;
  /** `Description` as the service answers it. */
  Description: string;
  /** `UserID` as the service answers it. */
  UserID: string | null;
  /** `Priority` as the service answers it. */
  Priority: string;
  /** `Created` as the service answers it. */
  Created: string;
  /** messages records. */
  messages: EmuMessage[];
  /** files records. */
  files: EmuFile[];
}

/** Seed data of the emulator. */
export interface WebApi2Seed {
  /** regions records. */
  regions: { RegionID: string; RegionName: string }[];
  /** clients records. */
  clients: EmuClient[];
  /** departments records. */
  departments: EmuDepartment[];
  /** specialists records. */
  specialists: EmuSpecialist[];
  /** clientUsers records. */
  clientUsers: EmuClientUser[];
  /** serviceRequests records. */
  serviceRequests: EmuServiceRequest[];
  /** userServiceLines records. */
  userServiceLines: {
    /** `ServiceUserID` as the service answers it. */
    ServiceUserID: string;
    /** `ServiceID` as the service answers it. */
    ServiceID: string;
    /** `CreateTime` as the service answers it. */
    CreateTime: string;
    /** `ActivateDate` as the service answers it. */
    ActivateDate: string;
    /** `ExpiresDate` as the service answers it. */
    ExpiresDate: string | null;
    /** When the record last changed (epoch ms); `ChangedFrom` reads compare against it. */
    changedAt: number;
  }[];
  /** openedTreatments records. */
  openedTreatments: Record<string, unknown>[];
  /** serviceCalls records. */
  serviceCalls: (Record<string, unknown> & { Started: string })[];
  /** Ids of existing serviceKinds. */
  serviceKinds: string[];
  /** Ids of existing serviceRequestTypes. */
  serviceRequestTypes: string[];
}

/** The emulator's records; tests may read and change them directly. */
export class WebApi2State implements WebApi2Seed {
  /** regions records. */
  regions: WebApi2Seed['regions'] = [];
  /** clients records. */
  clients: EmuClient[] = [];
  /** departments records. */
  departments: EmuDepartment[] = [];
  /** specialists records. */
  specialists: EmuSpecialist[] = [];
  /** clientUsers records. */
  clientUsers: EmuClientUser[] = [];
  /** serviceRequests records. */
  serviceRequests: EmuServiceRequest[] = [];
  /** userServiceLines records. */
  userServiceLines: WebApi2Seed['userServiceLines'] = [];
  /** openedTreatments records. */
  openedTreatments: Record<string, unknown>[] = [];
  /** serviceCalls records. */
  serviceCalls: WebApi2Seed['serviceCalls'] = [];
  /** Ids of existing serviceKinds. */
  serviceKinds: string[] = [];
  /** Ids of existing serviceRequestTypes. */
  serviceRequestTypes: string[] = [];
  private seq = 0;

  /** Appends seed records. */
  seed(data: Partial<WebApi2Seed>): void {
    for (const [k, v] of Object.entries(data)) {
      if (Array.isArray(v)) (this[k as keyof WebApi2Seed] as unknown[]).push(...structuredClone(v));
    }
  }

  /** A fresh UUID-shaped id (deterministic, so tests can predict it). */
  nextId(): string {
    this.seq++;
    return `00000000-0000-4000-8000-${this.seq.toString(16).padStart(12, '0')}`;
  }
}

/** A small default data set: three regions, one client, one department, one specialist. */
export function defaultWebApi2Seed(at: number): Partial<WebApi2Seed> {
  return {
    /** regions records. */
    regions: [
      { RegionID: '2b0edf97-2854-4729-a8c3-13a9c01dbc9f', RegionName: 'Алтайский край' },
      { RegionID: '271403ba-469e-11e3-8f40-7054d21ab6ff', RegionName: 'Беларусь' },
      { RegionID: '1dcd3fe8-4bf3-4960-859c-dab008e8abbd', RegionName: 'Ярославская область' },
    ],
    /** clients records. */
    clients: [
      {
        ClientID: 'c0000000-0000-4000-8000-000000000001',
        Name: 'ООО Ромашка',
        FullName: 'Общество с ограниченной ответственностью «Ромашка»',
        changedAt: at,
      },
    ],
    /** departments records. */
    departments: [
      {
        DepartmentID: 'd0000000-0000-4000-8000-000000000001',
        Name: 'Поддержка',
        Deleted: false,
        changedAt: at,
      },
    ],
    /** specialists records. */
    specialists: [
      {
        SpecialistID: 's0000000-0000-4000-8000-000000000001',
        CreatedAt: '2024-01-15T10:00:00',
        Deleted: false,
        Login: 1000001,
        Name: 'Анна',
        Surname: 'Иванова',
        SecondaryName: '',
        Birthday: null,
        Post: 'Консультант',
        DepartmentID: 'd0000000-0000-4000-8000-000000000001',
        Phone: '',
        EMail: 'anna@example.test',
        changedAt: at,
      },
    ],
    /** Ids of existing serviceKinds. */
    serviceKinds: ['k0000000-0000-4000-8000-000000000001'],
    /** Ids of existing serviceRequestTypes. */
    serviceRequestTypes: ['t0000000-0000-4000-8000-000000000001'],
  };
}
