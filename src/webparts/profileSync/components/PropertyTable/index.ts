export { PropertyTable } from './PropertyTable';
export type { IPropertyTableProps } from './PropertyTable';
