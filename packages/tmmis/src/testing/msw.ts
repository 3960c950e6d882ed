/**
 * msw handlers for the ТМ:МИС emulator, kept apart from `@x/tmmis/testing` so that entry works
 * without msw installed: `setupServer(...mswHandlers(emulator, baseUrl))`.
 * @packageDocumentation
 */
export { type HandlesRequests, emulatorHandlers as mswHandlers } from '@x/core/testing/msw';
