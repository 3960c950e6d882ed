/**
 * @x/uzhkh — placeholder until its client lands.
 * @packageDocumentation
 */
export { VERSION as CORE_VERSION } from '@x/core';
