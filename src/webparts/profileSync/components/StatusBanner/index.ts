export { StatusBanner } from './StatusBanner';
export type { BannerKind, IStatusBannerProps } from './StatusBanner';
