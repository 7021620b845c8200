export { OrganisationSummary } from './OrganisationSummary';
export type { IOrganisationSummaryProps } from './OrganisationSummary';
