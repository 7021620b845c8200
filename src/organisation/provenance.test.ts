import { provenanceCounts, provenanceOf, thoroughEstimateMs } from './provenance';
import { scannedPerson } from './testing/people';

describe('where a verdict came from', () => {
  it('tells the index, a suspect being confirmed, one not in the index, a confirmed one and a thorough read apart', () => {
    expect(provenanceOf(scannedPerson({ id: 'a', from: 'index' }))).toBe('index');
    expect(provenanceOf(scannedPerson({ id: 'b', from: 'index', confirming: true, inSync: false }))).toBe('index-confirming');
    expect(provenanceOf(scannedPerson({ id: 'c', from: 'index', notInIndex: true, confirming: true, inSync: false }))).toBe('not-in-index');
    expect(provenanceOf(scannedPerson({ id: 'd', from: 'profile' }))).toBe('confirmed');
    expect(provenanceOf(scannedPerson({ id: 'e' }))).toBe('profile');
  });

  it('gives a person who could not be read no source, and counts each of the others once', () => {
    const people = [
      scannedPerson({ id: 'a', from: 'index' }), scannedPerson({ id: 'b', from: 'index' }),
      scannedPerson({ id: 'c', from: 'profile' }), scannedPerson({ id: 'd', unread: 'offline', inSync: false })
    ];
    expect(provenanceOf(people[3])).toBeUndefined();
    expect(provenanceCounts(people)).toEqual({ index: 2, 'index-confirming': 0, 'not-in-index': 0, confirmed: 1, profile: 0 });
  });

  it('sources "no SharePoint profile", which is SharePoint\'s answer, as the read it came from', () => {
    expect(provenanceOf(scannedPerson({ id: 'a', from: 'profile', unread: 'no-sharepoint-profile', inSync: false }))).toBe('confirmed');
    expect(provenanceOf(scannedPerson({ id: 'b', unread: 'no-sharepoint-profile', inSync: false }))).toBe('profile');
  });
});

describe('the thorough check\'s estimate', () => {
  it('is one 5-minute window for every further 2,000 profiles, as the bench measured (9,464 people in 20.1 minutes)', () => {
    expect(thoroughEstimateMs(300)).toBeLessThan(60000);
    expect(thoroughEstimateMs(2000)).toBeLessThan(60000);
    expect(thoroughEstimateMs(2001)).toBeGreaterThanOrEqual(5 * 60000);
    const minutes = thoroughEstimateMs(9464) / 60000;
    expect(minutes).toBeGreaterThanOrEqual(20.1);
    expect(minutes).toBeLessThan(22);
  });
});
