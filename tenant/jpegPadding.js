'use strict';

// Makes a valid JPEG bigger than SharePoint's 5,000,000-byte upload limit without changing its
// pixels: COM (comment) segments right after the SOI marker are skipped by every decoder.
// A segment's 2-byte length counts itself, so one segment carries at most 65,533 payload bytes.

const SOI_LENGTH = 2;
const COM_MARKER = [0xff, 0xfe];
const MAX_COMMENT_PAYLOAD = 65533;
const FILLER = Buffer.from('Padding that makes this photo larger than SharePoint accepts. ');

function commentSegment(payloadLength) {
  const segment = Buffer.alloc(4 + payloadLength);
  segment[0] = COM_MARKER[0];
  segment[1] = COM_MARKER[1];
  segment.writeUInt16BE(payloadLength + 2, 2);
  for (let i = 0; i < payloadLength; i += 1) segment[4 + i] = FILLER[i % FILLER.length];
  return segment;
}

/** The same JPEG, padded with comment segments until it is longer than minimumBytes. */
function padJpegWithComments(jpeg, minimumBytes) {
  if (jpeg[0] !== 0xff || jpeg[1] !== 0xd8) throw new Error('padJpegWithComments needs a JPEG');
  const segments = [];
  let total = jpeg.length;
  while (total <= minimumBytes) {
    const payload = Math.min(MAX_COMMENT_PAYLOAD, Math.max(1, minimumBytes - total + 1 - 4));
    segments.push(commentSegment(payload));
    total += payload + 4;
  }
  return Buffer.concat([jpeg.subarray(0, SOI_LENGTH), ...segments, jpeg.subarray(SOI_LENGTH)]);
}

module.exports = { padJpegWithComments, MAX_COMMENT_PAYLOAD };
