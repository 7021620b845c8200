'use strict';
// SPFx loc files are AMD modules (`define([], () => strings)`). Jest loads them here, in English,
// the way SharePoint would for an en-us page.
const path = require('path');
const fs = require('fs');

function loadLocale(locale) {
  const file = path.join(__dirname, '..', 'src', 'webparts', 'profileSync', 'loc', `${locale}.js`);
  let strings;
  const define = (_deps, factory) => { strings = factory(); };
  new Function('define', fs.readFileSync(file, 'utf8'))(define);
  return strings;
}

module.exports = loadLocale('en-us');
module.exports.loadLocale = loadLocale;
