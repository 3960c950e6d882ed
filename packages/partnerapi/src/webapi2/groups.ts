import type { WebApi2OperationName } from './operations.generated.js';

/**
 * The client's method groups: group → method → wire operation. Every one of the 87 operations
 * appears exactly once (a test checks it); the method types derive from this table.
 */
export const WEBAPI2_GROUPS = {
  /** Client organisations (Client*). */
  clients: {
    /** `ClientAdd`: Create a client organisation. (purpose inferred from the name) */
    add: 'ClientAdd',
    /** `ClientDelete`: Delete a client organisation. (purpose inferred from the name) */
    delete: 'ClientDelete',
    /** `ClientEdit`: Change a client organisation. (purpose inferred from the name) */
    edit: 'ClientEdit',
    /** `ClientRead`: List client organisations: own clients, clients of other partners and those partners themselves whose staff are/were supported on your lines. */
    read: 'ClientRead',
    /** `ClientITSStatus`: Query a client's ITS (1C information-technology support) status. (purpose inferred from the name) */
    itsStatus: 'ClientITSStatus',
    /** `ClientSetClientManager`: Assign the partner employee who manages a client. (purpose inferred from the name) */
    setClientManager: 'ClientSetClientManager',
    /** `ClientSetServiceManager`: Assign the partner employee responsible for servicing a client. (purpose inferred from the name) */
    setServiceManager: 'ClientSetServiceManager',
  },
  /** Additional client parameters (ClientAdditionalParameter*). */
  clientParameters: {
    /** `ClientAdditionalParameterAdd`: Create a kind of additional client parameter. (purpose inferred from the name) */
    add: 'ClientAdditionalParameterAdd',
    /** `ClientAdditionalParameterDelete`: Delete a kind of additional client parameter. (purpose inferred from the name) */
    delete: 'ClientAdditionalParameterDelete',
    /** `ClientAdditionalParameterEdit`: Change a kind of additional client parameter. (purpose inferred from the name) */
    edit: 'ClientAdditionalParameterEdit',
    /** `ClientAdditionalParameterRead`: List the kinds of additional client parameters. (purpose inferred from the name) */
    read: 'ClientAdditionalParameterRead',
    /** `ClientAdditionalParameterValueEdit`: Set a client's value (and colour) of an additional parameter. (purpose inferred from the name) */
    editValue: 'ClientAdditionalParameterValueEdit',
    /** `ClientAdditionalParameterValueRead`: Read per-client values (and colour) of additional client parameters; no filters returns all clients with their values. */
    readValues: 'ClientAdditionalParameterValueRead',
  },
  /** Subdivisions of client organisations (ClientDepartment*). */
  clientDepartments: {
    /** `ClientDepartmentAdd`: Create a subdivision inside a client organisation. (purpose inferred from the name) */
    add: 'ClientDepartmentAdd',
    /** `ClientDepartmentDelete`: Delete a subdivision of a client organisation. (purpose inferred from the name) */
    delete: 'ClientDepartmentDelete',
    /** `ClientDepartmentEdit`: Change a subdivision of a client organisation. (purpose inferred from the name) */
    edit: 'ClientDepartmentEdit',
    /** `ClientDepartmentRead`: List subdivisions of client organisations. (purpose inferred from the name) */
    read: 'ClientDepartmentRead',
  },
  /** Employees (users) of client organisations (ClientUser*). */
  clientUsers: {
    /** `ClientUserAdd`: Create an employee (user account) of a client organisation. (purpose inferred from the name) */
    add: 'ClientUserAdd',
    /** `ClientUserDelete`: Delete an employee of a client organisation. (purpose inferred from the name) */
    delete: 'ClientUserDelete',
    /** `ClientUserEdit`: Change the data of a client's employee (user). */
    edit: 'ClientUserEdit',
    /** `ClientUserRead`: List employees (users) of client organisations, optionally changed since a moment and/or for one client. (purpose inferred from the name) */
    read: 'ClientUserRead',
    /** `ClientUserSendWelcomeEmail`: Send the welcome e-mail (access details) to a client employee. (purpose inferred from the name) */
    sendWelcomeEmail: 'ClientUserSendWelcomeEmail',
  },
  /** Specialists' access to support lines (Competence*). */
  competences: {
    /** `CompetenceAdd`: Grant a specialist the right to support customers on a line from now on (add a 'competence'). */
    add: 'CompetenceAdd',
    /** `CompetenceDelete`: Revoke a specialist's competence (access to a line). (purpose inferred from the name) */
    delete: 'CompetenceDelete',
    /** `CompetenceEdit`: Change a specialist's competence (e.g. priority). (purpose inferred from the name) */
    edit: 'CompetenceEdit',
    /** `CompetenceRead`: List specialists' competences (line access). (purpose inferred from the name) */
    read: 'CompetenceRead',
  },
  /** Subdivisions of the partner's own organisation (Department*). */
  departments: {
    /** `DepartmentAdd`: Create a subdivision of the partner's organisation. (purpose inferred from the name) */
    add: 'DepartmentAdd',
    /** `DepartmentDelete`: Delete (mark for deletion) a subdivision. (purpose inferred from the name) */
    delete: 'DepartmentDelete',
    /** `DepartmentEdit`: Rename/modify a subdivision. (purpose inferred from the name) */
    edit: 'DepartmentEdit',
    /** `DepartmentRead`: List the partner's own organisation subdivisions (departments). */
    read: 'DepartmentRead',
  },
  /** History reads (GetHistoryOf*); see also the windowed helpers. */
  history: {
    /** `GetHistoryOfAgentSessions`: History of 1C-Connect agent (application) sessions. (purpose inferred from the name) */
    agentSessions: 'GetHistoryOfAgentSessions',
    /** `GetHistoryOfServiceCalls`: History of calls on support lines for a period, including third-party clients/specialists on the partner's line (vendor scheme). Daytime calls limited to a period of at most 7 calendar days. */
    serviceCalls: 'GetHistoryOfServiceCalls',
    /** `GetHistoryOfServiceCallsComments`: Comments/ratings attached to calls on support lines. (purpose inferred from the name) */
    serviceCallsComments: 'GetHistoryOfServiceCallsComments',
    /** `GetHistoryOfServiceChat`: Chat history on support lines. (purpose inferred from the name) */
    serviceChat: 'GetHistoryOfServiceChat',
    /** `GetHistoryOfServiceFileTransfer`: List download links for files exchanged in line chats over a period. Daytime period limited to 90 calendar days (7 days without the extended-functionality subscription). */
    serviceFileTransfer: 'GetHistoryOfServiceFileTransfer',
    /** `GetHistoryOfServiceRASessions`: History of remote-access sessions on support lines. (purpose inferred from the name) */
    serviceRASessions: 'GetHistoryOfServiceRASessions',
    /** `GetHistoryOfServiceRASessionsComments`: Comments/ratings attached to remote-access sessions. (purpose inferred from the name) */
    serviceRASessionsComments: 'GetHistoryOfServiceRASessionsComments',
    /** `GetHistoryOfServiceTreatments`: History of closed support-line treatments (conversations) over a period, including third-party clients/specialists attached to the partner's line (vendor scheme). Daytime calls limited to a period of at most 35 calendar days. */
    serviceTreatments: 'GetHistoryOfServiceTreatments',
    /** `GetHistoryOfServiceTreatmentsComments`: Comments/ratings attached to treatments. (purpose inferred from the name) */
    serviceTreatmentsComments: 'GetHistoryOfServiceTreatmentsComments',
    /** `GetHistoryOfSIPCalls`: History of SIP telephony calls. (purpose inferred from the name) */
    sipCalls: 'GetHistoryOfSIPCalls',
    /** `GetHistoryOfColleaguesChat`: Chat history between colleagues (partner employees). (purpose inferred from the name) */
    colleaguesChat: 'GetHistoryOfColleaguesChat',
  },
  /** Treatments in progress. */
  serviceTreatments: {
    /** `GetOpenedServiceTreatments`: List currently open (not yet closed) treatments on support lines, with queue/assignment state. (purpose inferred from the name) */
    opened: 'GetOpenedServiceTreatments',
  },
  /** Usage statistics. */
  statistics: {
    /** `GetClientUsageStatistics`: Usage statistics of 1C-Connect per client. (purpose inferred from the name) */
    clientUsage: 'GetClientUsageStatistics',
  },
  /** Partner notifications. */
  notifications: {
    /** `PartnerNotificationAdd`: Create a partner notification (message/broadcast) to users. (purpose inferred from the name) */
    add: 'PartnerNotificationAdd',
  },
  /** The region directory. */
  regions: {
    /** `RegionRead`: List the region directory (regions/countries) used to classify clients. (purpose inferred from the name) */
    read: 'RegionRead',
  },
  /** Support lines (ServiceLineKind*). */
  serviceLineKinds: {
    /** `ServiceLineKindAdd`: Create a support line. (purpose inferred from the name) */
    add: 'ServiceLineKindAdd',
    /** `ServiceLineKindDelete`: Delete a support line. (purpose inferred from the name) */
    delete: 'ServiceLineKindDelete',
    /** `ServiceLineKindEdit`: Change a support line. (purpose inferred from the name) */
    edit: 'ServiceLineKindEdit',
    /** `ServiceLineKindRead`: List support lines. (purpose inferred from the name) */
    read: 'ServiceLineKindRead',
  },
  /** The partner's employees (Specialist*). */
  specialists: {
    /** `SpecialistAdd`: Create an employee (specialist) account in the partner's organisation. (purpose inferred from the name) */
    add: 'SpecialistAdd',
    /** `SpecialistDelete`: Delete an employee (specialist) of the partner. (purpose inferred from the name) */
    delete: 'SpecialistDelete',
    /** `SpecialistEdit`: Change an employee (specialist) of the partner. (purpose inferred from the name) */
    edit: 'SpecialistEdit',
    /** `SpecialistRead`: List the partner's own employees (specialists), optionally only those changed since a moment. (purpose inferred from the name) */
    read: 'SpecialistRead',
    /** `SpecialistSendWelcomeEmail`: Send the welcome e-mail (access details) to a specialist. (purpose inferred from the name) */
    sendWelcomeEmail: 'SpecialistSendWelcomeEmail',
  },
  /** The start picture (StartPicture*). */
  startPicture: {
    /** `StartPictureRead`: List start-screen pictures (banners). (purpose inferred from the name) */
    read: 'StartPictureRead',
    /** `StartPictureClicksHistoryRead`: History of clicks on start-screen pictures (banners). (purpose inferred from the name) */
    clicksHistory: 'StartPictureClicksHistoryRead',
  },
  /** The storefront (Storefront*). */
  storefront: {
    /** `StorefrontProductsRead`: List storefront products. (purpose inferred from the name) */
    products: 'StorefrontProductsRead',
    /** `StorefrontProductClicksHistoryRead`: History of clicks on storefront products. (purpose inferred from the name) */
    clicksHistory: 'StorefrontProductClicksHistoryRead',
    /** `StorefrontProductBuyRequestsGet`: List purchase requests for storefront products. (purpose inferred from the name) */
    buyRequests: 'StorefrontProductBuyRequestsGet',
    /** `StorefrontProductBuyRequestAccept`: Accept a purchase request for a storefront product. (purpose inferred from the name) */
    acceptBuyRequest: 'StorefrontProductBuyRequestAccept',
    /** `StorefrontProductBuyRequestRefuse`: Refuse a purchase request for a storefront product. (purpose inferred from the name) */
    refuseBuyRequest: 'StorefrontProductBuyRequestRefuse',
  },
  /** Support lines connected to service recipients (UserServiceLine*). */
  userServiceLines: {
    /** `UserServiceLineAdd`: Connect a support line to a service recipient. (purpose inferred from the name) */
    add: 'UserServiceLineAdd',
    /** `UserServiceLineDelete`: Disconnect a support line from a service recipient. (purpose inferred from the name) */
    delete: 'UserServiceLineDelete',
    /** `UserServiceLineEdit`: Change a line connection of a service recipient (e.g. dates). (purpose inferred from the name) */
    edit: 'UserServiceLineEdit',
    /** `UserServiceLineRead`: List support lines connected to service recipients (own or third-party); lines a recipient gets from another servicing organisation are not included. */
    read: 'UserServiceLineRead',
  },
  /** Service kinds (ServiceKind*). */
  serviceKinds: {
    /** `ServiceKindAdd`: Create a service kind. (purpose inferred from the name) */
    add: 'ServiceKindAdd',
    /** `ServiceKindDelete`: Delete a service kind; calling again does not restore it. */
    delete: 'ServiceKindDelete',
    /** `ServiceKindEdit`: Change a service kind. (purpose inferred from the name) */
    edit: 'ServiceKindEdit',
    /** `ServiceKindRead`: List service kinds. (purpose inferred from the name) */
    read: 'ServiceKindRead',
  },
  /** Service requests (tickets), their messages and files (ServiceRequest*). */
  serviceRequests: {
    /** `ServiceRequestAdd`: Create a service request (ticket). */
    add: 'ServiceRequestAdd',
    /** `ServiceRequestEdit`: Change a service request. (purpose inferred from the name) */
    edit: 'ServiceRequestEdit',
    /** `ServiceRequestRead`: List service requests. (purpose inferred from the name) */
    read: 'ServiceRequestRead',
    /** `ServiceRequestHistory`: Change history of service requests. (purpose inferred from the name) */
    history: 'ServiceRequestHistory',
    /** `ServiceRequestMessages`: List text messages of a service request. (purpose inferred from the name) */
    messages: 'ServiceRequestMessages',
    /** `ServiceRequestSendTextMessage`: Post a text message to a service request. (purpose inferred from the name) */
    sendTextMessage: 'ServiceRequestSendTextMessage',
    /** `ServiceRequestEditTextMessage`: Edit a text message of a service request. (purpose inferred from the name) */
    editTextMessage: 'ServiceRequestEditTextMessage',
    /** `ServiceRequestDeleteTextMessage`: Delete a text message of a service request. (purpose inferred from the name) */
    deleteTextMessage: 'ServiceRequestDeleteTextMessage',
    /** `ServiceRequestFiles`: List files attached to a service request. (purpose inferred from the name) */
    files: 'ServiceRequestFiles',
    /** `ServiceRequestAttachFile`: Attach a file (bytes inline) to a service request. (purpose inferred from the name) */
    attachFile: 'ServiceRequestAttachFile',
    /** `ServiceRequestDeleteFile`: Delete a file attached to a service request. (purpose inferred from the name) */
    deleteFile: 'ServiceRequestDeleteFile',
    /** `ServiceRequestDownloadFile`: Download a file attached to a service request (bytes inline). (purpose inferred from the name) */
    downloadFile: 'ServiceRequestDownloadFile',
  },
  /** Communication channels of service requests. */
  serviceRequestChannels: {
    /** `ServiceRequestChannelRead`: List communication channels of service requests. (purpose inferred from the name) */
    read: 'ServiceRequestChannelRead',
  },
  /** Statuses of service requests. */
  serviceRequestStatuses: {
    /** `ServiceRequestStatusRead`: List service request statuses. (purpose inferred from the name) */
    read: 'ServiceRequestStatusRead',
  },
  /** Work types (ServiceRequestType*). */
  serviceRequestTypes: {
    /** `ServiceRequestTypeAdd`: Create a service request type (work type). (purpose inferred from the name) */
    add: 'ServiceRequestTypeAdd',
    /** `ServiceRequestTypeDelete`: Delete a work type (service request type). */
    delete: 'ServiceRequestTypeDelete',
    /** `ServiceRequestTypeEdit`: Change a service request type (work type). (purpose inferred from the name) */
    edit: 'ServiceRequestTypeEdit',
    /** `ServiceRequestTypeRead`: List service request types (work types). (purpose inferred from the name) */
    read: 'ServiceRequestTypeRead',
  },
} as const satisfies Record<string, Record<string, WebApi2OperationName>>;

/** Name of a method group of the client. */
export type WebApi2GroupName = keyof typeof WEBAPI2_GROUPS;
