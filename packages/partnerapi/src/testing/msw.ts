/**
 * msw handlers for the PartnerAPI and PartnerWebAPI2 emulators, kept apart from
 * `@x/partnerapi/testing` so that entry works without msw installed:
 * `setupServer(...mswHandlers(emulator, endpoint))`.
 * @packageDocumentation
 */
export { type HandlesRequests, emulatorHandlers as mswHandlers } from '@x/core/testing/msw';
