'use strict';

// POST _api/search/postquery {"request": {...}}: SharePoint search, as PnPjs v4's sp.search() sends
// it, answered from the people index (peopleIndex.js) for the "Local People Results" source.
// Every behaviour and its source is in tenant/README.md "People index"; in short:
//   RowLimit     default 10, at most 500 ("Search limits for SharePoint Online": a boundary)
//   StartRow     above 50,000 throttled (REST overview; MC235978), here 429 with Retry-After 120
//   Querytext    "*", terms, and "IndexDocId>N" with SortList [DocId] ascending ("Pagination for
//                large result sets"); other sort properties are refused
//   TrimDuplicates  true unless sent false (REST overview): near-identical entries are left out
//   TotalRows    an estimate that moves between pages (sp-dev-docs #11029); with shortPages some
//                pages hold fewer rows than asked though more follow (#7586, #8648)
//   cells        every Value a string, empty ones null; unknown SelectProperties ignored
//   throttling   10 search requests per second per user (delegated), each also one of the
//                user's SharePoint requests; 429 with Retry-After

const { odataFlavour, odataContentType } = require('../odata');
const { jsonReply } = require('../replies');
const { sharePointError } = require('../sharePointErrors');
const { renditionUrl } = require('../personaUrls');
const { roll } = require('./people');
const { takeSharePoint } = require('./throttle');

const PEOPLE_SOURCE_ID = 'b09a7990-05ea-4af9-81ef-edfab16c4e31';
const MAX_ROW_LIMIT = 500;
const DEFAULT_ROW_LIMIT = 10;
const MAX_START_ROW = 50000;
const START_ROW_RETRY_AFTER_SECONDS = 120;
const ZERO_GUID = '00000000-0000-0000-0000-000000000000';

// The managed properties of a people entry (Overview of crawled and managed properties), by the
// casing SharePoint answers with; a request may name them in any case.
const PROPERTIES = {
  AccountName: (e) => `i:0#.f|membership|${e.person.graph.userPrincipalName}`,
  PreferredName: (e) => e.values.displayName,
  FirstName: (e) => e.values.givenName,
  LastName: (e) => e.values.surname,
  JobTitle: (e) => e.values.jobTitle,
  Department: (e) => e.values.department,
  WorkPhone: (e) => e.values.businessPhone,
  MobilePhone: (e) => e.values.mobilePhone,
  OfficeNumber: (e) => e.values.officeLocation,
  WorkEmail: (e) => e.values.mail,
  UserName: (e) => e.person.graph.userPrincipalName,
  PictureURL: (e, urls) => (e.values.photo ? renditionUrl(urls.mySite, { objectId: e.person.graph.id }, '_MThumb.jpg') : null),
  UserProfile_GUID: (e) => e.userProfileGuid,
  AADObjectID: (e) => e.objectId,
  'SPS-UserType': (e) => (e.person.graph.userType === 'Guest' ? '1' : '0')
};
const BY_LOWER_NAME = new Map(Object.keys(PROPERTIES).map((name) => [name.toLowerCase(), name]));

const list = (value) => (Array.isArray(value) ? value : value && Array.isArray(value.results) ? value.results : []);
const whole = (value, fallback) => (value === undefined || value === null || value === '' ? fallback : Number(value));
const isFalse = (value) => value === false || String(value).toLowerCase() === 'false';

/** The request's fields, verbose ({results: []}, strings) or not. Null when the body says nothing usable. */
function searchRequestOf(body) {
  let parsed;
  try {
    parsed = JSON.parse(body.toString('utf8') || '{}');
  } catch {
    return null;
  }
  const key = parsed && typeof parsed === 'object' ? Object.keys(parsed).find((k) => k.toLowerCase() === 'request') : undefined;
  if (!key || !parsed[key] || typeof parsed[key] !== 'object') return null;
  const fields = {};
  for (const [name, value] of Object.entries(parsed[key])) fields[name.toLowerCase()] = value;
  return {
    querytext: String(fields.querytext || ''),
    sourceId: String(fields.sourceid || '').toLowerCase(),
    startRow: whole(fields.startrow, 0),
    rowLimit: whole(fields.rowlimit, DEFAULT_ROW_LIMIT),
    trimDuplicates: !isFalse(fields.trimduplicates === undefined ? true : fields.trimduplicates),
    selectProperties: list(fields.selectproperties).map(String),
    sortList: list(fields.sortlist).map((s) => ({ property: String(s.Property || s.property || ''), direction: Number(s.Direction || s.direction || 0) }))
  };
}

/** "IndexDocId>N" restrictions and the words left, from KQL we understand. */
function parseQuery(text) {
  const restriction = /\bindexdocid\s*>\s*(\d+)/gi;
  let after = -1;
  for (const match of text.matchAll(restriction)) after = Math.max(after, Number(match[1]));
  const words = text.replace(restriction, ' ').replace(/[()]/g, ' ').split(/\s+/).filter((w) => w && w !== '*' && w.toUpperCase() !== 'AND');
  return { after, words: words.map((w) => w.replace(/^"|"$/g, '').toLowerCase()) };
}

function matchesWords(entry, words) {
  if (words.length === 0) return true;
  const text = `${entry.values.displayName} ${entry.values.mail} ${entry.person.graph.userPrincipalName}`.toLowerCase();
  return words.every((w) => text.includes(w));
}

/** Leaves out entries that look like one already kept: same name, title and department. */
function trimmed(entries) {
  const seen = new Set();
  return entries.filter((e) => {
    const key = `${e.values.displayName}\u0000${e.values.jobTitle}\u0000${e.values.department}`.toLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function cell(Key, Value, ValueType = 'Edm.String') {
  return Value === null || Value === undefined || Value === '' ? { Key, Value: null, ValueType: 'Null' } : { Key, Value: String(Value), ValueType };
}

function rowOf(entry, rank, selected, urls) {
  const cells = [cell('Rank', rank.toFixed(6), 'Edm.Double'), cell('DocId', entry.docId, 'Edm.Int64')];
  for (const name of selected) cells.push(cell(name, PROPERTIES[name](entry, urls), name === 'UserProfile_GUID' ? 'Edm.Guid' : 'Edm.String'));
  const account = encodeURIComponent(`i:0#.f|membership|${entry.person.graph.userPrincipalName}`);
  cells.push(
    cell('Path', `${urls.mySite}/Person.aspx?accountname=${account}`),
    cell('PartitionId', ZERO_GUID, 'Edm.Guid'),
    cell('UrlZone', '0', 'Edm.Int32'),
    cell('Culture', 'en-US'),
    cell('ResultTypeId', '0', 'Edm.Int32'),
    cell('RenderTemplateId', '~sitecollection/_catalogs/masterpage/Display Templates/Search/Item_Person.js')
  );
  return { Cells: cells };
}

/** The search answer in the caller's flavour: nometadata (plain arrays), minimal or verbose (d.postquery). */
function searchResultJson(flavour, { rows, totalRows, totalWithDuplicates, rowLimit, api }) {
  const relevant = {
    GroupTemplateId: null,
    ItemTemplateId: null,
    Properties: [{ Key: 'GenerationId', Value: '9223372036854775806', ValueType: 'Edm.Int64' }],
    ResultTitle: null,
    ResultTitleUrl: null,
    RowCount: rows.length,
    Table: { Rows: rows },
    TotalRows: totalRows,
    TotalRowsIncludingDuplicates: totalWithDuplicates
  };
  const result = {
    ElapsedTime: 41,
    PrimaryQueryResult: { CustomResults: [], QueryId: ZERO_GUID, QueryRuleId: ZERO_GUID, RefinementResults: null, RelevantResults: relevant, SpecialTermResults: null },
    Properties: [{ Key: 'RowLimit', Value: String(rowLimit), ValueType: 'Edm.Int32' }, { Key: 'SourceId', Value: PEOPLE_SOURCE_ID, ValueType: 'Edm.Guid' }],
    SecondaryQueryResults: [],
    SpellingSuggestion: '',
    TriggeredRules: []
  };
  if (flavour === 'nometadata') return result;
  if (flavour === 'minimal') return { 'odata.metadata': `${api}/$metadata#Microsoft.Office.Server.Search.REST.SearchResult`, ...result };
  const keyValues = (items) => ({ results: items.map((kv) => ({ __metadata: { type: 'SP.KeyValue' }, ...kv })) });
  const verboseRelevant = {
    __metadata: { type: 'Microsoft.Office.Server.Search.REST.RelevantResults' },
    ...relevant,
    Properties: keyValues(relevant.Properties),
    Table: {
      __metadata: { type: 'SP.SimpleDataTable' },
      Rows: { results: rows.map((r) => ({ __metadata: { type: 'SP.SimpleDataRow' }, Cells: keyValues(r.Cells) })) }
    }
  };
  return {
    d: {
      postquery: {
        __metadata: { type: 'Microsoft.Office.Server.Search.REST.SearchResult' },
        ...result,
        PrimaryQueryResult: { __metadata: { type: 'Microsoft.Office.Server.Search.REST.QueryResult' }, ...result.PrimaryQueryResult, CustomResults: { results: [] }, RelevantResults: verboseRelevant },
        Properties: keyValues(result.Properties),
        SecondaryQueryResults: { results: [] },
        TriggeredRules: { results: [] }
      }
    }
  };
}

/** A stable stand-in for relevance: the order "*" gives without a SortList. */
const rankOrder = (entry) => roll(entry.person.index, 9200);

function throttledAnswer(ctx, seconds) {
  return sharePointError(ctx, 'throttled', { headers: { 'Retry-After': String(Math.max(1, Math.ceil(seconds))) } });
}

function peopleSearch(ctx) {
  const flavour = odataFlavour(ctx.headers.accept);
  const api = `${ctx.urls.sharePoint}/_api`;
  const { model, traffic } = ctx.organisation;
  const index = model.peopleIndex;

  // The user's search rate, then the user's SharePoint budget: a refused request counts in neither.
  const searchWait = traffic.search.wait(1, model.throttle.searchPerSecond || 0);
  if (searchWait > 0) {
    traffic.search.refuse(1);
    return throttledAnswer(ctx, searchWait);
  }
  const taken = takeSharePoint(traffic, model.throttle, 1);
  if (taken.throttled) {
    traffic.search.refuse(1);
    return throttledAnswer(ctx, taken.retryAfterSeconds);
  }
  traffic.search.take(1, 0);

  const request = searchRequestOf(ctx.body);
  if (!request) {
    return sharePointError(ctx, 'invalidQuery', { message: 'The parameter request does not exist in method PostQuery, or its value is not a search request.' });
  }
  if (!Number.isInteger(request.startRow) || request.startRow < 0 || !Number.isInteger(request.rowLimit) || request.rowLimit < 0) {
    return sharePointError(ctx, 'invalidQuery', { message: 'StartRow and RowLimit must be whole numbers, 0 or more.' });
  }
  // The published limits by default; maxRowLimit and maxStartRow scale them down, so a few hundred people play a large tenant.
  const { maxRowLimit, maxStartRow } = index.settings;
  if (request.startRow > maxStartRow) return throttledAnswer(ctx, START_ROW_RETRY_AFTER_SECONDS);
  const sort = request.sortList[0];
  const byDocId = sort && /^\[?docid\]?$/i.test(sort.property);
  if (sort && !byDocId && !/^\[?rank\]?$/i.test(sort.property)) {
    return sharePointError(ctx, 'invalidQuery', { message: `Property doesn't exist or is used in a manner inconsistent with schema settings: ${sort.property}.` });
  }
  const rowLimit = Math.min(maxRowLimit, request.rowLimit);
  const selected = [...new Set(request.selectProperties.map((p) => BY_LOWER_NAME.get(p.toLowerCase())).filter(Boolean))];

  const people = request.sourceId === PEOPLE_SOURCE_ID;
  const { after, words } = parseQuery(request.querytext);
  let matching = people ? index.entries().filter((e) => e.docId > after && matchesWords(e, words)) : [];
  const totalWithDuplicates = matching.length;
  if (request.trimDuplicates) matching = trimmed(matching);
  if (byDocId) {
    if (sort.direction === 1) matching = matching.slice().reverse();
  } else {
    matching = matching.slice().sort((a, b) => rankOrder(a) - rankOrder(b));
  }

  let page = matching.slice(request.startRow, request.startRow + rowLimit);
  // Some full pages come back short although more rows follow.
  if (index.settings.shortPages && page.length === rowLimit && rowLimit >= 20 && page.length < matching.length - request.startRow && page[0].docId % 4 === 1) {
    page = page.slice(0, rowLimit - 3);
  }
  const estimate = (n) => Math.max(0, Math.round(n * (0.98 + (roll(request.startRow + after + 2, 9300) % 5) / 100)));
  const rows = page.map((entry, i) => rowOf(entry, 1000 - (request.startRow + i) / 1000, selected, ctx.urls));
  const json = searchResultJson(flavour, { rows, totalRows: estimate(matching.length), totalWithDuplicates: estimate(totalWithDuplicates), rowLimit, api });
  return jsonReply(200, json, odataContentType(flavour));
}

module.exports = { peopleSearch, searchRequestOf, parseQuery, PEOPLE_SOURCE_ID, MAX_ROW_LIMIT, MAX_START_ROW };
