export { type RawResponse, type TextSink, readBody } from './response.js';
export {
  type CallOptions,
  type FetchLike,
  type RequestSpec,
  type ResponseInfo,
  Transport,
  type TransportOptions,
  httpErrorFrom,
} from './transport.js';
