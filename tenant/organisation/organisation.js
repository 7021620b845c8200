'use strict';

// The organisation every persona's Graph and SharePoint see: ORG_SIZE people (people.js), one
// group with some members through a nested group, and the changes a test asked for since reset.
// Made once per size and kept compact: no photo is drawn until one person is opened (photos.js).

const { personAt, roll } = require('./people');
const { guidFrom } = require('../profileBuilders');
const { expectedCounts } = require('./expectedCounts');
const { defaultThrottle } = require('./throttle');
const { createPeopleIndex } = require('./peopleIndex');

const DEFAULT_ORG_SIZE = 300;
const GROUP = { id: guidFrom('org-group:nordic-sales-marketing'), displayName: 'Nordic Sales and Marketing' };
const NESTED_GROUP = { id: guidFrom('org-group:nordic-sales-norway'), displayName: 'Nordic Sales Norway' };

const CHANGED_JOB_TITLE = 'Head of Partnerships';

function makePeople(size) {
  const people = new Array(size);
  for (let index = 0; index < size; index += 1) people[index] = personAt(index);
  return people;
}

/** Whether a person is in the scope a scan asks for (the contract's defaults: no guests, no disabled). */
function inScope(person, { groupId, includeGuests = false, includeDisabled = false } = {}) {
  if (!includeGuests && person.graph.userType === 'Guest') return false;
  if (!includeDisabled && !person.graph.accountEnabled) return false;
  return !groupId || isTransitiveMember(person, groupId);
}

function isTransitiveMember(person, groupId) {
  if (groupId === GROUP.id) return person.group === 'direct' || person.group === 'nested';
  if (groupId === NESTED_GROUP.id) return person.group === 'nested';
  return false;
}

function createOrganisation({ size = DEFAULT_ORG_SIZE } = {}) {
  let people = makePeople(size);
  let byId = null;
  let byAccount = null;
  let changes = 0;
  const startSize = size;
  const throttle = { ...defaultThrottle(size) };

  function indexes() {
    if (!byId) {
      byId = new Map(people.map((p) => [p.graph.id.toLowerCase(), p]));
      byAccount = new Map();
      for (const p of people) {
        byAccount.set(p.graph.userPrincipalName.toLowerCase(), p);
        if (!byAccount.has(p.graph.mail.toLowerCase())) byAccount.set(p.graph.mail.toLowerCase(), p);
      }
    }
    return { byId, byAccount };
  }

  const model = {
    get size() {
      return people.length;
    },
    get people() {
      return people;
    },
    throttle,
    group: GROUP,
    groups: [GROUP, NESTED_GROUP],
    /** A group by id (any case), or undefined. */
    groupById: (id) => [GROUP, NESTED_GROUP].find((g) => g.id === String(id).toLowerCase()),
    /** Members of a group, direct or through the nested group, in directory order. */
    transitiveMembers: (groupId) => people.filter((p) => isTransitiveMember(p, groupId)),
    /** A person by Graph id or user principal name (Graph accepts either), any case. */
    byIdOrUpn(key) {
      const k = String(key).toLowerCase();
      const { byId: ids, byAccount: accounts } = indexes();
      return ids.get(k) || accounts.get(k);
    },
    /** A person by SharePoint account name: a claim ("i:0#.f|membership|upn"), UPN or e-mail, any case. */
    byAccountName(accountName) {
      const account = String(accountName || '').trim().replace(/^i:0#\.f\|membership\|/i, '').toLowerCase();
      return account ? indexes().byAccount.get(account) : undefined;
    },
    /** The expected scan result for a scope, counted from the model. */
    summary(scope = {}) {
      const inScopePeople = people.filter((p) => inScope(p, scope));
      return {
        size: inScopePeople.length,
        expected: expectedCounts(inScopePeople),
        groupId: GROUP.id,
        groupName: GROUP.displayName,
        nestedGroupId: NESTED_GROUP.id,
        changes
      };
    },
    /** A new organisation of `n` people (same people for the same n). */
    resize(n) {
      people = makePeople(n);
      byId = null;
      Object.assign(throttle, defaultThrottle(n));
    },
    /**
     * Changes the Graph job title of a share of people (chosen by index and by how many changes came
     * before), as if HR had just edited them in Entra ID: SharePoint keeps the old value until its import.
     */
    change(fraction) {
      changes += 1;
      const threshold = Math.round(fraction * 1000000);
      people = people.map((p) => {
        if (roll(p.index, 1000 + changes) % 1000000 >= threshold) return p;
        const jobTitle = p.graph.jobTitle === CHANGED_JOB_TITLE ? `Senior ${CHANGED_JOB_TITLE}` : CHANGED_JOB_TITLE;
        return { ...p, graph: { ...p.graph, jobTitle }, changedIn: changes };
      });
      byId = null;
    },
    /** Back to the organisation the tenant started with. */
    reset() {
      if (people.length !== startSize || changes > 0) people = makePeople(startSize);
      byId = null;
      changes = 0;
      Object.assign(throttle, defaultThrottle(startSize));
      model.peopleIndex.reset();
    }
  };
  /** SharePoint search's people index: the profiles as the crawl last saw them (peopleIndex.js). */
  model.peopleIndex = createPeopleIndex(model);
  return model;
}

module.exports = { createOrganisation, inScope, DEFAULT_ORG_SIZE, GROUP, NESTED_GROUP };
