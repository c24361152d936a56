import { fuzzSuite } from './test-fuzz.js';

// The long pass (npm run fuzz): fast-check picks the seed and prints it with any counterexample.
fuzzSuite(Number(process.env.FUZZ_RUNS ?? 500));
