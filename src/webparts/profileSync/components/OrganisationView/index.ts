// Loaded with the organisation chunk only (see OrganisationLazy): import types statically, nothing else.
export { default } from './OrganisationView';
export type { IOrganisationViewProps } from './OrganisationView';
