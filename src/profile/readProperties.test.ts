import { readProperties } from './compareProperties';
import { readGraphUser } from './graphUser';
import { readSharePointProfile } from './sharePointProfile';
import { aGraphUser } from './testing/graphBuilders';
import { aSharePointProfile } from './testing/sharePointProfileBuilder';

const sharePoint = readSharePointProfile(aSharePointProfile({ 'SPS-JobTitle': 'Engineer' }).inFlavour('nometadata'));
const user = readGraphUser(aGraphUser({ jobTitle: 'Senior engineer' }));

describe('readProperties', () => {
  it('when Graph did not answer, keeps every SharePoint value and leaves the Microsoft 365 side unread', () => {
    const rows = readProperties(sharePoint, undefined);
    const jobTitle = rows.filter((row) => row.field === 'jobTitle')[0];
    expect(jobTitle.sharePointValue).toBe('Engineer');
    expect(jobTitle.microsoft365Value).toBeUndefined();
    expect(jobTitle.equal).toBeUndefined();
    expect(rows).toHaveLength(9);
  });

  it('when SharePoint did not answer, keeps every Microsoft 365 value and leaves the SharePoint side unread', () => {
    const rows = readProperties(undefined, user, ['jobTitle', 'mail']);
    expect(rows.map((row) => [row.field, row.sharePointValue, row.microsoft365Value])).toEqual([
      ['jobTitle', undefined, 'Senior engineer'],
      ['mail', undefined, user.mail]
    ]);
  });

  it('when both answered, compares them as the verdict does', () => {
    const jobTitle = readProperties(sharePoint, user).filter((row) => row.field === 'jobTitle')[0];
    expect(jobTitle).toMatchObject({ sharePointValue: 'Engineer', microsoft365Value: 'Senior engineer', equal: false });
  });
});
