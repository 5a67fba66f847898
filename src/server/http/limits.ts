/**
 * The largest request body any route accepts. A batch of summaries is a few KiB; a route that
 * needs more (encrypted backups) raises its own `bodyLimit`.
 */
export const BODY_LIMIT_BYTES = 1024 * 1024;

/** How long the health check waits for the database before it reports it broken. */
export const HEALTH_TIMEOUT_MS = 2_000;

/** What a 503 asks the client to wait before it tries again (a database restart, a full pool). */
export const RETRY_AFTER_SECONDS = 5;
