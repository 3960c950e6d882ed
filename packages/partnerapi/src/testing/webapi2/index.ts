export {
  NOT_EMULATED,
  OUT_OF_LIMIT,
  PartnerWebApi2Emulator,
  type PartnerWebApi2EmulatorOptions,
  type WebApi2Request,
  type WebApi2RequestDetails,
  resultCode,
} from './emulator.js';
export {
  type EmuArgs,
  type EmuCtx,
  type EmuHandler,
  type EmuResult,
  type EmulatedOperation,
  type NotEmulatedOperation,
  WEBAPI2_HANDLERS,
  WEBAPI2_NOT_EMULATED,
  type WebApi2Handlers,
} from './handlers.js';
export * from './state.js';
export {
  type EmuTable,
  type EmuType,
  answerXml as webApi2AnswerXml,
  valueTableXml as webApi2ValueTableXml,
} from './xml.js';
