export { OrganisationTable } from './OrganisationTable';
export type { IOrganisationTableProps } from './OrganisationTable';
export { peopleView } from './peopleView';
export type { PeopleFilter, PeopleSort } from './peopleView';
