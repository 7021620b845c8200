'use strict';
// Bundle-size budget for the web part: `npm run size` builds the ship bundle, then this script
// measures it (tools/size/measure.js), prints the report (tools/size/format.js), writes the figures to
// temp/size.json and exits 1 when a budget (tools/size/budgets.js) is exceeded, 2 when it cannot measure.
//
// Other scripts: `require('./tools/size').measureBundle()` after a ship build returns the figures,
// without printing or exiting; it throws SizeCheckError when it cannot measure.
const fs = require('fs');
const path = require('path');
const { measureBundle } = require('./size/measure');
const { formatReport, overBudgetMessage } = require('./size/format');
const { BUDGETS } = require('./size/budgets');
const { groupOf } = require('./size/groups');
const { SizeCheckError } = require('./size/errors');

const REPORT_FILE = 'temp/size.json';

function main() {
  const root = path.join(__dirname, '..');
  let report;
  try {
    report = measureBundle({ root });
  } catch (error) {
    if (!(error instanceof SizeCheckError)) throw error;
    console.error(`size: cannot measure the bundle: ${error.message}`);
    process.exit(2);
  }
  fs.mkdirSync(path.join(root, path.dirname(REPORT_FILE)), { recursive: true });
  fs.writeFileSync(path.join(root, REPORT_FILE), `${JSON.stringify(report, null, 2)}\n`);
  console.log(formatReport(report));
  console.log(`\nFigures written to ${REPORT_FILE}.`);
  if (report.overBudget.length > 0) {
    console.error(`\n${overBudgetMessage(report)}`);
    process.exit(1);
  }
}

if (require.main === module) main();

module.exports = { measureBundle, formatReport, groupOf, BUDGETS, SizeCheckError };
