'use strict';

// SharePoint REST answers in three OData flavours, chosen by the Accept header
// (docs/DOMAIN.md, "SharePoint REST shapes"):
//   verbose     {"d": {"__metadata": {...}, ..., "Coll": {"results": [...]}}}
//   nometadata  a flat object, collections as plain arrays
//   minimal     flat plus "odata.metadata", "odata.type", "odata.id", "odata.editLink"
//               (what "application/json" alone gets: PnPjs v4's default)

const CONTENT_TYPES = {
  verbose: 'application/json;odata=verbose;charset=utf-8',
  nometadata: 'application/json;odata=nometadata;streaming=true;charset=utf-8',
  minimal: 'application/json;odata=minimal;streaming=true;charset=utf-8'
};

const PRIMITIVE = /^Edm\./;

function odataFlavour(acceptHeader) {
  const accept = String(acceptHeader || '').toLowerCase();
  if (accept.includes('odata=verbose')) return 'verbose';
  if (accept.includes('odata=nometadata')) return 'nometadata';
  return 'minimal';
}

function odataContentType(flavour) {
  return CONTENT_TYPES[flavour];
}

function verboseCollection(elementType, items) {
  if (PRIMITIVE.test(elementType)) return { __metadata: { type: `Collection(${elementType})` }, results: items };
  return { results: items.map((item) => ({ __metadata: { type: elementType }, ...item })) };
}

/**
 * An entity in the requested flavour. `entity` holds the fields (collections as arrays);
 * `descriptor` says { type, collections: { Field: elementType }, metadataUrl, id, editLink,
 * verboseName } where verboseName wraps the verbose entity as functions do
 * ({"d": {"GetContextWebInformation": {...}}}).
 */
function entityJson(flavour, entity, descriptor) {
  const collections = descriptor.collections || {};
  if (flavour === 'nometadata') return { ...entity };
  if (flavour === 'minimal') {
    const annotations = { 'odata.metadata': descriptor.metadataUrl };
    if (descriptor.id) {
      annotations['odata.type'] = descriptor.type;
      annotations['odata.id'] = descriptor.id;
      annotations['odata.editLink'] = descriptor.editLink;
    }
    return { ...annotations, ...entity };
  }
  const metadata = descriptor.id ? { id: descriptor.id, uri: descriptor.id, type: descriptor.type } : { type: descriptor.type };
  const inner = { __metadata: metadata };
  for (const [key, value] of Object.entries(entity)) {
    inner[key] = collections[key] && Array.isArray(value) ? verboseCollection(collections[key], value) : value;
  }
  return { d: descriptor.verboseName ? { [descriptor.verboseName]: inner } : inner };
}

/** What a method that returns nothing (e.g. SetMyProfilePicture) answers. */
function nullResultJson(flavour, { metadataUrl, verboseName }) {
  if (flavour === 'verbose') return { d: { [verboseName]: null } };
  if (flavour === 'nometadata') return { 'odata.null': true };
  return { 'odata.metadata': metadataUrl, 'odata.null': true };
}

/** SharePoint's error body: "odata.error" unless verbose, which says "error". */
function errorJson(flavour, code, message) {
  const error = { code, message: { lang: 'en-US', value: message } };
  return flavour === 'verbose' ? { error } : { 'odata.error': error };
}

module.exports = { odataFlavour, odataContentType, entityJson, nullResultJson, errorJson };
