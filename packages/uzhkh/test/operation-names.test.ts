import { operationNameChecks } from '@x/test-kit';
import { useHarness } from './harness.js';

const { fresh } = useHarness();

operationNameChecks(['uzhkh.feed.requests', 'uzhkh.ids.setId'], {
  logged: (logger) => fresh({}, { logger }).client.feed.requests(),
  refused: () => fresh().client.ids.setId({} as never),
});
