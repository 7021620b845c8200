// The organisation chunk (profile-sync-organisation): loaded only through OrganisationLazy.
export { default } from './OrganisationPage';
export type { IOrganisationPageProps } from './OrganisationPage';
