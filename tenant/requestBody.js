'use strict';

// Reads a request body into memory. The cap is far above SharePoint's 5,000,000-byte picture
// limit so that over-limit uploads reach the handler and get SharePoint's own 400 answer.

const MAX_BODY_BYTES = 64 * 1024 * 1024;

class BodyTooLargeError extends Error {}

function readRequestBody(req, maxBytes = MAX_BODY_BYTES) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    let length = 0;
    req.on('data', (chunk) => {
      length += chunk.length;
      if (length > maxBytes) {
        req.destroy();
        reject(new BodyTooLargeError(`Request body over ${maxBytes} bytes`));
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

module.exports = { readRequestBody, BodyTooLargeError, MAX_BODY_BYTES };
