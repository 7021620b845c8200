import { reportWords } from './reportWords';

describe('reportWords', () => {
  it('fills every word of the helpdesk report from loc/', () => {
    const { fieldLabels, ...words } = reportWords();
    Object.keys(words).forEach((key) => expect(`${key}: ${words[key as keyof typeof words] ? 'filled' : 'empty'}`).toBe(`${key}: filled`));
    expect(words.title).toBe('Profile sync: details for the helpdesk');
    expect(words.comparedSides).toBe('{0} with {1}');
  });

  it('labels the compared fields the way the page does', () => {
    expect(reportWords().fieldLabels).toMatchObject({ jobTitle: 'Job title', businessPhones: 'Work phone', mobilePhone: 'Mobile phone' });
  });
});
