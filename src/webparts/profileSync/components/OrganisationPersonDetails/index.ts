export { OrganisationPersonDetails } from './OrganisationPersonDetails';
export type { IOrganisationPersonDetailsProps } from './OrganisationPersonDetails';
