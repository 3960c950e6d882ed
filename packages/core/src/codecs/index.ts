export { base64ToBytes, bytesToBase64 } from './base64.js';
export { formatFlag, parseFlag } from './boolean.js';
export {
  type DateInput,
  type IsoDate,
  type IsoDateTime,
  type VendorDateFormat,
  checkTimeZone,
  clientTimeZone,
  currentTimeZone,
  formatVendorDate,
  methodsInTimeZone,
  parseVendorDate,
  toIsoLocal,
  withTimeZone,
} from './date.js';
export { parseJsonExact } from './json.js';
export { formatDecimal, parseDecimal } from './number.js';
export {
  zBase64Bytes,
  zDateInput,
  zDecimal,
  zDecimalInput,
  zDecimalRequired,
  zFlag,
  zVendorDate,
} from './schemas.js';
