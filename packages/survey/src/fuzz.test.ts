import { fuzzSuite } from './test-fuzz.js';

// A short pass with fixed seeds, so npm test is reproducible; `npm run fuzz` runs the long one.
fuzzSuite(15, 20250301);
