export { ActionButton } from './ActionButton';
export type { IActionButtonProps } from './ActionButton';
