/**
 * The largest request body any route accepts. A batch of summaries is a few KiB; a route that
 * needs more (encrypted backups) raises its own `bodyLimit`.
 */
export const BODY_LIMIT_BYTES = 1024 * 1024;

/** How long the health check waits for the database before it reports it broken. */
export const HEALTH_TIMEOUT_MS = 2_000;
