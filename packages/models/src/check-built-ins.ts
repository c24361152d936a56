import { validate, type Issue } from '@clusterlens/schema';
import './built-in.js';
import './built-in-policies.js';
import { BUILT_IN_FILES } from './load-built-in.js';

/**
 * Validates every built-in data file against its schema; the build runs it on dist and fails on
 * any issue, because the data are cast, not checked, when the package is imported.
 */
export function checkBuiltIns(): Issue[] {
  return BUILT_IN_FILES.flatMap(({ schema, data, file }) => validate(schema, data, file).issues);
}
