'use strict';
const zlib = require('zlib');

// The one gzip every figure uses, so budgets, shares and "saved if removed" compare like with like.
const gzipBytes = (content) => zlib.gzipSync(content, { level: 9 }).length;

module.exports = { gzipBytes };
