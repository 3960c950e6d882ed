/**
 * msw handlers for the «Умное ЖКХ» emulator, kept apart from `@x/uzhkh/testing` so that entry
 * works without msw installed: `setupServer(...mswHandlers(emulator, baseUrl))`.
 * @packageDocumentation
 */
export { type HandlesRequests, emulatorHandlers as mswHandlers } from '@x/core/testing/msw';
