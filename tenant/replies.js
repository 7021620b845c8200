'use strict';

// Handlers answer with a reply object instead of writing to the response, so the same Graph
// handlers can answer a plain request and one request inside a $batch, and the server can
// delay, log and write every answer in one place.
//   { status, headers, json }   a JSON body (kept as an object for $batch)
//   { status, headers, bytes }  a binary or text body

function jsonReply(status, json, contentType = 'application/json; charset=utf-8', headers = {}) {
  return { status, headers: { 'Content-Type': contentType, ...headers }, json };
}

function bytesReply(status, bytes, contentType, headers = {}) {
  return { status, headers: { 'Content-Type': contentType, ...headers }, bytes };
}

function emptyReply(status, headers = {}) {
  return { status, headers, bytes: Buffer.alloc(0) };
}

function textReply(status, text, contentType = 'text/plain; charset=utf-8', headers = {}) {
  return bytesReply(status, Buffer.from(text, 'utf8'), contentType, headers);
}

/** Writes a reply; HEAD requests get the headers only. */
function sendReply(req, res, reply) {
  const body = reply.json !== undefined ? Buffer.from(JSON.stringify(reply.json)) : reply.bytes || Buffer.alloc(0);
  res.writeHead(reply.status, { ...reply.headers, 'Content-Length': body.length });
  res.end(req.method === 'HEAD' ? undefined : body);
}

module.exports = { jsonReply, bytesReply, emptyReply, textReply, sendReply };
