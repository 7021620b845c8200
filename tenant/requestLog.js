'use strict';

// Every API request, in memory, so tests can count what the web part asked for (a cached photo
// must not be fetched twice, a throttled call must be retried, ...). Cleared by reset.

function createRequestLog() {
  let entries = [];
  let sequence = 0;

  return {
    /** Records a request as it arrives; the caller fills in `status` once it is answered. */
    record({ persona, kind, method, path }) {
      sequence += 1;
      const entry = { sequence, time: new Date().toISOString(), persona, kind, method, path, status: null };
      entries.push(entry);
      return entry;
    },
    entries(persona) {
      return persona ? entries.filter((e) => e.persona === persona) : entries.slice();
    },
    /** Requests per kind ("sharePoint", "graph") for one persona. */
    countsFor(persona) {
      const counts = { sharePoint: 0, graph: 0 };
      for (const e of entries) if (e.persona === persona) counts[e.kind] = (counts[e.kind] || 0) + 1;
      return counts;
    },
    clear() {
      entries = [];
    }
  };
}

module.exports = { createRequestLog };
