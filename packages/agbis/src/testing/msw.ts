/**
 * msw handlers for the AGBIS emulator, kept apart from `@x/agbis/testing` so that entry works
 * without msw installed: `setupServer(...mswHandlers(emulator, baseUrl))`.
 * @packageDocumentation
 */
export { type HandlesRequests, emulatorHandlers as mswHandlers } from '@x/core/testing/msw';
