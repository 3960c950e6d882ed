export {
  NOT_EMULATED,
  OUT_OF_LIMIT,
  PartnerWebApi2Emulator,
  type PartnerWebApi2EmulatorOptions,
  type WebApi2Fault,
  type WebApi2Received,
} from './emulator.js';
export { type EmuArgs, type EmuCtx, type EmuHandler, type EmuResult, WEBAPI2_HANDLERS } from './handlers.js';
export * from './state.js';
export {
  type EmuTable,
  type EmuType,
  answerXml as webApi2AnswerXml,
  valueTableXml as webApi2ValueTableXml,
} from './xml.js';
