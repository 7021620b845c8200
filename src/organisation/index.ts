// The organisation view's scan: who is out of sync across the organisation. Other features import from here.
export type {
  ScanScope, ScanSettings, CountKey, ScanCounts, ScannedPerson, ScanStatus, ScanFailure, ScanProgress, ScanMode,
  PersonDetails, IOrganisationScanner, OrganisationScannerInputs, CreateOrganisationScanner
} from './types';
export { createOrganisationScanner } from './createOrganisationScanner';
export { OrganisationScanner } from './OrganisationScanner';
export type { ScannerParts } from './OrganisationScanner';
export { ScanStore, settingsKey } from './scanStore';
export type { StoredScan } from './scanStore';
export { countsOf, scannedPersonOf } from './scannedPerson';
export type { CheckKind, Confirmation } from './types';
export { provenanceOf, provenanceCounts, thoroughEstimateMs, PROVENANCES } from './provenance';
export type { Provenance } from './provenance';
