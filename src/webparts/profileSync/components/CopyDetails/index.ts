export { CopyDetails } from './CopyDetails';
export type { ICopyDetailsProps } from './CopyDetails';
