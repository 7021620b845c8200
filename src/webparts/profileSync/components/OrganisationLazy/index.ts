export { OrganisationLazy } from './OrganisationLazy';
export type { IOrganisationPageProps } from '../OrganisationPage';
