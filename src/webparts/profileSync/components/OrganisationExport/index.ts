export { OrganisationExport } from './OrganisationExport';
export type { IOrganisationExportProps } from './OrganisationExport';
export { downloadText } from './downloadText';
