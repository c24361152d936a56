import type { Catalogue } from './catalogue.js';

/** English texts of @clusterlens/store (British spelling). */
export const en: Catalogue = {
  store_unavailable: (p) => ({
    message: `the results store "${p.location}" could not be opened: ${p.reason}`,
    suggestion: 'Check the file path or the postgres:// connection string, and that it names a ClusterLens results store.',
  }),
  store_missing: (p) => ({
    message: `there is no results store at "${p.location}"`,
    suggestion: 'Check the path: a store is made by the first run that records in it (assess, batch or merge with --store, or history import).',
  }),
  store_schema_newer: (p) => ({
    message: `the results store "${p.location}" has schema version ${p.version}, newer than the ${p.known} this version of ClusterLens knows`,
    suggestion: 'Update ClusterLens before using this store.',
  }),
  store_write_failed: (p) => ({
    message: `the run could not be recorded in the results store "${p.location}": ${p.reason}; the store was left as it was`,
  }),
  store_read_failed: (p) => ({
    message: `the results store "${p.location}" could not be read: ${p.reason}`,
  }),
  store_import_unreadable: (p) => ({
    message: `the file could not be read: ${p.reason}`,
  }),
  store_import_empty: () => ({
    message: 'the file holds no cluster results, so nothing was imported',
  }),
};
