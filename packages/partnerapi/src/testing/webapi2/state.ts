/** Records of the PartnerWebAPI2 emulator. `changedAt` (epoch ms) drives `ChangedFrom` reads. */

/** A client organisation. */
export interface EmuClient {
  ClientID: string;
  Name: string;
  FullName: string;
  changedAt: number;
}

/** A subdivision of the partner's organisation. */
export interface EmuDepartment {
  DepartmentID: string;
  Name: string;
  Deleted: boolean;
  changedAt: number;
}

/** An employee of the partner. */
export interface EmuSpecialist {
  SpecialistID: string;
  CreatedAt: string;
  Deleted: boolean;
  Login: number;
  Name: string;
  Surname: string;
  SecondaryName: string;
  Birthday: string | null;
  Post: string;
  DepartmentID: string | null;
  Phone: string;
  EMail: string;
  changedAt: number;
}

/** An employee of a client organisation. */
export interface EmuClientUser {
  ClientUserID: string;
  ClientID: string;
  Name: string;
  Surname: string;
  SecondaryName: string;
  Birthday: string | null;
  Post: string;
  DepartmentID: string | null;
  Phone: string;
  EMail: string;
  Deleted: boolean;
  changedAt: number;
}

/** A message of a service request. */
export interface EmuMessage {
  MessageID: string;
  AuthorID: string;
  Message: string;
  Created: string;
}

/** A file attached to a service request. */
export interface EmuFile {
  FileID: string;
  AuthorID: string;
  Name: string;
  Hash: string;
  data: Uint8Array;
}

/** A service request (ticket) with its messages and files. */
export interface EmuServiceRequest {
  ServiceRequestID: string;
  Summary: string;
  Description: string;
  UserID: string | null;
  Priority: string;
  Created: string;
  messages: EmuMessage[];
  files: EmuFile[];
}

/** Seed data of the emulator. */
export interface WebApi2Seed {
  regions: { RegionID: string; RegionName: string }[];
  clients: EmuClient[];
  departments: EmuDepartment[];
  specialists: EmuSpecialist[];
  clientUsers: EmuClientUser[];
  serviceRequests: EmuServiceRequest[];
  userServiceLines: {
    ServiceUserID: string;
    ServiceID: string;
    CreateTime: string;
    ActivateDate: string;
    ExpiresDate: string | null;
    changedAt: number;
  }[];
  openedTreatments: Record<string, unknown>[];
  serviceCalls: (Record<string, unknown> & { Started: string })[];
  serviceKinds: string[];
  serviceRequestTypes: string[];
}

/** The emulator's records; tests may read and change them directly. */
export class WebApi2State implements WebApi2Seed {
  regions: WebApi2Seed['regions'] = [];
  clients: EmuClient[] = [];
  departments: EmuDepartment[] = [];
  specialists: EmuSpecialist[] = [];
  clientUsers: EmuClientUser[] = [];
  serviceRequests: EmuServiceRequest[] = [];
  userServiceLines: WebApi2Seed['userServiceLines'] = [];
  openedTreatments: Record<string, unknown>[] = [];
  serviceCalls: WebApi2Seed['serviceCalls'] = [];
  serviceKinds: string[] = [];
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
    regions: [
      { RegionID: '2b0edf97-2854-4729-a8c3-13a9c01dbc9f', RegionName: 'Алтайский край' },
      { RegionID: '271403ba-469e-11e3-8f40-7054d21ab6ff', RegionName: 'Беларусь' },
      { RegionID: '1dcd3fe8-4bf3-4960-859c-dab008e8abbd', RegionName: 'Ярославская область' },
    ],
    clients: [
      {
        ClientID: 'c0000000-0000-4000-8000-000000000001',
        Name: 'ООО Ромашка',
        FullName: 'Общество с ограниченной ответственностью «Ромашка»',
        changedAt: at,
      },
    ],
    departments: [
      {
        DepartmentID: 'd0000000-0000-4000-8000-000000000001',
        Name: 'Поддержка',
        Deleted: false,
        changedAt: at,
      },
    ],
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
    serviceKinds: ['k0000000-0000-4000-8000-000000000001'],
    serviceRequestTypes: ['t0000000-0000-4000-8000-000000000001'],
  };
}
