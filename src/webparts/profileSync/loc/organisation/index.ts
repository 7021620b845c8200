import english from './en-us';
import norwegian from './nb-no';
import type { IOrganisationStrings } from './types';

export type { IOrganisationStrings };

/**
 * The organisation view's words in the page's language. SharePoint loads the web part's own strings
 * for the page's language; these come with the organisation view's chunk instead, so the view picks the
 * language itself (chooseOrganisationLanguage) before it renders.
 */
export const organisationStrings: IOrganisationStrings = { ...english };

/** Norwegian (Bokmål, or the generic "no") for a Norwegian page, English otherwise, as the web part's strings. */
export function chooseOrganisationLanguage(locale: string | undefined): void {
  Object.assign(organisationStrings, /^(nb|no)(-|$)/i.test(locale || '') ? norwegian : english);
}
