export { PhotoComparison } from './PhotoComparison';
export type { IPhotoComparisonProps } from './PhotoComparison';
