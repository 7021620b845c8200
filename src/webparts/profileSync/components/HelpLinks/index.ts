export { HelpLinks } from './HelpLinks';
export type { IHelpLinks, IHelpLinksProps } from './HelpLinks';
