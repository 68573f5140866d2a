// Unit runs are repeatable: property tests use one seed (FC_SEED to try another).
// Wide random exploration is `npm run fuzz`'s job, with a fresh seed each run.
const fc = require('fast-check');
const seed = Number(process.env.FC_SEED ?? 20261126);
fc.configureGlobal({ seed });
