import english from './en-us';
import norwegian from './nb-no';
import { chooseOrganisationLanguage, organisationStrings } from '.';

describe('the organisation view\'s words', () => {
  afterEach(() => chooseOrganisationLanguage('en-US'));

  it('are Norwegian on a Norwegian page and English on any other', () => {
    chooseOrganisationLanguage('nb-NO');
    expect(organisationStrings.OrgStart).toBe(norwegian.OrgStart);
    chooseOrganisationLanguage('no');
    expect(organisationStrings.OrgCancel).toBe(norwegian.OrgCancel);
    chooseOrganisationLanguage('en-GB');
    expect(organisationStrings.OrgStart).toBe(english.OrgStart);
    chooseOrganisationLanguage(undefined);
    expect(organisationStrings.OrgStart).toBe(english.OrgStart);
  });

  it('say something in both languages for every key, and not the same thing word for word', () => {
    const keys = Object.keys(english) as Array<keyof typeof english>;
    expect(Object.keys(norwegian).sort()).toEqual(keys.slice().sort());
    keys.forEach((key) => {
      expect(`${key}: ${english[key].trim() !== ''}`).toBe(`${key}: true`);
      expect(`${key}: ${norwegian[key].trim() !== ''}`).toBe(`${key}: true`);
    });
    const untranslated = keys.filter((key) => english[key] === norwegian[key] && !/^(CSV|OK)$/.test(english[key]));
    expect(untranslated).toEqual([]);
  });
});
