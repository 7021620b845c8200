'use strict';

// The organisation's data model: deterministic, a known mix, and fast enough for the bench's 10,000.

const { createOrganisation, GROUP, NESTED_GROUP } = require('./organisation');
const { findingsOf } = require('./expectedCounts');
const { HOSTILE_VALUES } = require('./people');

test('the same size gives the same people, ids and expected counts on every run', () => {
  const first = createOrganisation({ size: 500 });
  const second = createOrganisation({ size: 500 });
  expect(second.people.map((p) => p.graph.id)).toEqual(first.people.map((p) => p.graph.id));
  expect(second.summary()).toEqual(first.summary());
  expect(new Set(first.people.map((p) => p.graph.id)).size).toBe(500);
});

test('300 people hold every finding, guests with #EXT# names, disabled accounts, hostile values and a nested group', () => {
  const organisation = createOrganisation();
  const { people } = organisation;
  expect(people).toHaveLength(300);
  const { expected } = organisation.summary();
  for (const code of ['photo-missing-in-sharepoint', 'photo-missing-in-microsoft365', 'photo-unverified', 'property-differs', 'property-not-synced']) {
    expect(expected[code]).toBeGreaterThan(3);
  }
  expect(expected['in-sync'] / organisation.summary().size).toBeGreaterThan(0.55);
  const guests = people.filter((p) => p.graph.userType === 'Guest');
  expect(guests.length).toBeGreaterThan(2);
  for (const guest of guests) expect(guest.graph.userPrincipalName).toMatch(/_fabrikam\.example#EXT#@contoso\.example$/);
  expect(people.filter((p) => !p.graph.accountEnabled).length).toBeGreaterThan(2);
  const texts = people.flatMap((p) => [p.graph.displayName, p.graph.jobTitle, p.graph.department, p.graph.officeLocation]);
  for (const hostile of HOSTILE_VALUES.slice(0, 4)) expect(texts.some((t) => t && t.includes(hostile))).toBe(true);
  expect(people.some((p) => p.sharePoint === null)).toBe(true);
  const nested = organisation.transitiveMembers(NESTED_GROUP.id);
  expect(nested.length).toBeGreaterThan(5);
  expect(organisation.transitiveMembers(GROUP.id)).toEqual(expect.arrayContaining(nested));
});

test('a person with several differing properties counts once under property-differs, and not in sync', () => {
  const organisation = createOrganisation();
  const drifted = organisation.people.find((p) => p.category === 'properties-differ' && ['jobTitle', 'department', 'officeLocation'].filter((f) => (p.graph[f] || '') !== p.sharePoint[f]).length >= 2);
  expect([...findingsOf(drifted)]).toEqual(['property-differs']);
  const alone = organisation.summary({}).expected;
  const withoutHim = createOrganisation();
  withoutHim.people.splice(drifted.index, 1);
  expect(alone['property-differs'] - withoutHim.summary().expected['property-differs']).toBe(drifted.graph.userType === 'Guest' || !drifted.graph.accountEnabled ? 0 : 1);
});

test('only harmless formatting differs for in-sync people, and mobile-only people stay in sync with a note', () => {
  const organisation = createOrganisation();
  const inSync = organisation.people.filter((p) => p.category === 'in-sync');
  expect(inSync.some((p) => p.sharePoint.mail !== p.graph.mail)).toBe(true); // upper-case copy
  for (const person of inSync) expect([...findingsOf(person)]).toEqual([]);
  const mobile = organisation.people.find((p) => p.category === 'mobile-differs' && p.graphPhoto === 'photo');
  expect([...findingsOf(mobile)]).toEqual(['property-not-synced']);
});

test('scope: guests and disabled accounts only when asked, a group through its nested group', () => {
  const organisation = createOrganisation();
  const everyone = organisation.summary({ includeGuests: true, includeDisabled: true }).size;
  expect(everyone).toBe(300);
  expect(organisation.summary().size).toBeLessThan(everyone);
  const group = organisation.summary({ groupId: GROUP.id });
  expect(group.size).toBe(organisation.transitiveMembers(GROUP.id).filter((p) => p.graph.userType !== 'Guest' && p.graph.accountEnabled).length);
});

test('a change of 10 % gives that share new Graph job titles, which SharePoint does not have yet', () => {
  const organisation = createOrganisation({ size: 1000 });
  const before = organisation.summary({ includeGuests: true, includeDisabled: true }).expected;
  organisation.change(0.1);
  const changed = organisation.people.filter((p) => p.changedIn === 1);
  expect(changed.length).toBeGreaterThan(70);
  expect(changed.length).toBeLessThan(130);
  const after = organisation.summary({ includeGuests: true, includeDisabled: true }).expected;
  expect(after['property-differs']).toBeGreaterThan(before['property-differs'] + 40);
  organisation.reset();
  expect(organisation.summary({ includeGuests: true, includeDisabled: true }).expected).toEqual(before);
});

test('10,000 people are generated and counted quickly (the bench starts the tenant with ORG_SIZE=10000)', () => {
  const started = process.hrtime.bigint();
  const organisation = createOrganisation({ size: 10000 });
  const generatedMs = Number(process.hrtime.bigint() - started) / 1e6;
  const summary = organisation.summary();
  const totalMs = Number(process.hrtime.bigint() - started) / 1e6;
  // Figures for the report; jest's sandbox runs this 5-8x slower than the tenant's own process.
  console.log(`ORG_SIZE=10000: generated in ${generatedMs.toFixed(0)} ms, counted in ${(totalMs - generatedMs).toFixed(0)} ms`);
  expect(summary.size).toBeGreaterThan(9000);
  expect(totalMs).toBeLessThan(3000);
});
