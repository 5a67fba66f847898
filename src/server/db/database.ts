/**
 * The one storage interface of the server. Both adapters speak PostgreSQL, so migrations and
 * queries are written once and run unchanged on the embedded database and on a PostgreSQL server.
 */
export type DatabaseKind = 'embedded' | 'postgres';

export type Row = Record<string, unknown>;

export interface QueryResult<T extends Row> {
  readonly rows: T[];
  /** Rows inserted, updated or deleted; 0 for statements that change nothing. */
  readonly rowCount: number;
}

export interface Queryable {
  /** One statement with `$1`-style parameters. Never build SQL from request data. */
  query<T extends Row = Row>(sql: string, params?: readonly unknown[]): Promise<QueryResult<T>>;
  /** A script of several statements without parameters, for migrations. */
  exec(sql: string): Promise<void>;
}

export interface Database extends Queryable {
  readonly kind: DatabaseKind;
  /**
   * Runs `fn` in one transaction: committed when it resolves, rolled back when it throws.
   * Use the `tx` handed in, not the database, inside `fn`: on PostgreSQL that is the only
   * connection inside the transaction, and on the embedded database the outer handle waits
   * for the transaction to end (a deadlock).
   */
  transaction<R>(fn: (tx: Queryable) => Promise<R>): Promise<R>;
  /** Rejects when the database cannot answer a trivial query. */
  health(): Promise<void>;
  close(): Promise<void>;
}

/**
 * The database could not do its part right now: its connection broke (a restart, a failover), it
 * refused new ones, or every pooled connection stayed busy past the wait limit. Nothing of the
 * failed operation was committed unless the break hit the commit itself, which is why every write
 * is idempotent: the client tries again later (503 with Retry-After) and the process stays up.
 */
export class DatabaseUnavailableError extends Error {
  constructor(
    /** `busy`: every connection was in use; `unreachable`: the database did not answer. */
    readonly reason: 'busy' | 'unreachable',
    options: { cause: unknown },
  ) {
    super(
      reason === 'busy' ? 'no database connection free in time' : 'the database connection failed',
      options,
    );
    this.name = 'DatabaseUnavailableError';
  }
}
