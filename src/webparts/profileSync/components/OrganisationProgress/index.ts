export { OrganisationProgress } from './OrganisationProgress';
export type { IOrganisationProgressProps } from './OrganisationProgress';
