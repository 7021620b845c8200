import type { CreateOrganisationScanner } from './types';
import { FakeOrganisationScanner } from './testing/fakeScanner';

// STUB until the real scan is merged: plays a scan of 300 made-up people so the page can be built.
export const createOrganisationScanner: CreateOrganisationScanner = (inputs, settings) =>
  new FakeOrganisationScanner({ size: 300, stepMs: 60, storage: inputs.storage, userKey: inputs.userKey, settings });
