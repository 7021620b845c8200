'use strict';
const fs = require('fs');
const path = require('path');
const { STATE_ENV } = require('./globalSetup.js');

module.exports = async function globalTeardown() {
  const sessions = global.__profileSyncSessions || [];
  await Promise.all(sessions.map((session) => Promise.all([
    session.browserServer && session.browserServer.close(),
    session.tenant && session.tenant.close()
  ])));
  const file = process.env[STATE_ENV];
  if (file) fs.rmSync(path.dirname(file), { recursive: true, force: true });
};
