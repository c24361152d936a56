import type { Issue } from '@clusterlens/schema';

/**
 * A database failure after the store was opened (disk full, connection lost, a constraint the
 * result breaks). It carries a located, bilingual-catalogue Issue for the caller to print; a
 * failed write has been rolled back when this is thrown.
 */
export class StoreError extends Error {
  constructor(readonly issue: Issue) {
    super(issue.message);
    this.name = 'StoreError';
  }
}

/** The location as it may be shown: a connection string loses its password. */
export function displayLocation(location: string): string {
  if (!isPostgresUrl(location)) return location;
  try {
    const url = new URL(location);
    url.password = '';
    url.search = '';
    return url.toString();
  } catch {
    return 'postgres://…';
  }
}

export function isPostgresUrl(location: string): boolean {
  return /^postgres(ql)?:\/\//i.test(location);
}

/** The driver's own words for a failure, without its stack. */
export function reasonOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
