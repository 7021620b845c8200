import norwegian from '../loc/organisation/nb-no';
import english from '../loc/organisation/en-us';
import { chooseOrganisationLanguage } from '../loc/organisation';
import { countLabel, csvWords, scanFailureText, scanWaitText } from './organisationText';

// The organisation view's words are chosen after this module has loaded: nothing here may keep the
// language of load time.
describe('the organisation view\'s text in the page\'s language', () => {
  afterEach(() => chooseOrganisationLanguage('en-US'));

  it('says counts, waits, failures and CSV findings in Norwegian on a Norwegian page', () => {
    chooseOrganisationLanguage('nb-NO');
    expect(countLabel('in-sync')).toBe(norwegian.OrgCountInSync);
    expect(csvWords().finding('property-differs')).toBe(norwegian.OrgCountPropertyDiffers);
    expect(scanWaitText({ source: 'graph', seconds: 2 })).toBe(norwegian.OrgWaitGraph.replace('{0}', '2'));
    expect(scanFailureText({ source: 'graph', kind: 'offline', message: 'Failed to fetch' })).toBe(norwegian.OrgErrorOffline);
  });

  it('goes back to English on another page', () => {
    chooseOrganisationLanguage('nb-NO');
    chooseOrganisationLanguage('en-GB');
    expect(countLabel('in-sync')).toBe(english.OrgCountInSync);
  });
});
