// The organisation view's scan: who is out of sync across the organisation. Other features import from here.
export type {
  ScanScope, ScanSettings, CountKey, ScanCounts, ScannedPerson, ScanStatus, ScanFailure, ScanProgress, ScanMode,
  PersonDetails, IOrganisationScanner, OrganisationScannerInputs, CreateOrganisationScanner
} from './types';
