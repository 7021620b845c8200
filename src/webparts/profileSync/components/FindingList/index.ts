export { FindingList } from './FindingList';
export type { IFindingListProps } from './FindingList';
