'use strict';

// The fake's own reading of "the same value" (README "How it decides"), kept apart from src/ on
// purpose: expected counts must not come from the code they check. Text: Unicode NFC, trimmed, runs
// of white space as one; e-mail: also case-insensitive; phone: digits and a leading "+".

function text(value) {
  return typeof value === 'string' ? value.normalize('NFC').replace(/\s+/g, ' ').trim() : '';
}

function phone(value) {
  const t = text(value);
  const digits = t.replace(/\D+/g, '');
  return t.startsWith('+') && digits ? `+${digits}` : digits;
}

const FORMS = { text, email: (value) => text(value).toLowerCase(), phone };

/** Graph field -> how SharePoint's copy is named in a person's facts, its kind, and whether the import syncs it. */
const COMPARED = [
  { field: 'displayName', copy: 'displayName', kind: 'text', synced: true },
  { field: 'givenName', copy: 'givenName', kind: 'text', synced: true },
  { field: 'surname', copy: 'surname', kind: 'text', synced: true },
  { field: 'jobTitle', copy: 'jobTitle', kind: 'text', synced: true },
  { field: 'department', copy: 'department', kind: 'text', synced: true },
  { field: 'officeLocation', copy: 'officeLocation', kind: 'text', synced: true },
  { field: 'businessPhones', copy: 'businessPhone', kind: 'phone', synced: true },
  { field: 'mail', copy: 'mail', kind: 'email', synced: true },
  { field: 'mobilePhone', copy: 'mobilePhone', kind: 'phone', synced: false }
];

function graphValue(graph, field) {
  return field === 'businessPhones' ? graph.businessPhones[0] : graph[field];
}

/** The compared fields whose two copies differ, as { field, synced }. */
function differingFields(graph, sharePoint) {
  return COMPARED.filter(({ field, copy, kind }) => FORMS[kind](graphValue(graph, field)) !== FORMS[kind](sharePoint[copy]));
}

module.exports = { differingFields, COMPARED };
