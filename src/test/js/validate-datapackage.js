// Validates a Frictionless data package with datapackage-js, the Frictionless project's own JavaScript
// library: the descriptor against the tabular-data-package profile, then every row of every resource
// read and cast against its table schema (types, constraints, primary and foreign keys).
// Usage: node validate-datapackage.js path/to/datapackage.json; prints each error, exits 1 if any.
const path = require('path');
const {Package} = require('datapackage');

async function main(descriptor) {
  const errors = [];
  const dp = await Package.load(path.resolve(descriptor), {strict: false});
  if (!dp.valid) {
    dp.errors.forEach(e => errors.push(`descriptor: ${e.message}`));
  }
  let rows = 0;
  for (const resource of dp.resources) {
    if (!resource.valid) {
      resource.errors.forEach(e => errors.push(`${resource.name}: ${e.message}`));
      continue;
    }
    try {
      const read = await resource.read({cast: true, relations: true});
      rows += read.length;
    } catch (e) {
      const all = e.errors && e.errors.length ? e.errors : [e];
      all.forEach(x => errors.push(`${resource.name}: ${x.message}${x.rowNumber ? ' (row ' + x.rowNumber + ')' : ''}`));
    }
  }
  errors.forEach(e => console.log(e));
  console.log(`${dp.resources.length} resources, ${rows} rows, ${errors.length} errors`);
  process.exit(errors.length ? 1 : 0);
}

main(process.argv[2]).catch(e => { console.log(`could not validate: ${e.message}`); process.exit(2); });
