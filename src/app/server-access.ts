import type { ServerAccess } from '../flows/server-access';
import { sameOrigin } from '../sync/api';

/** The sync server as the page reaches it: same origin, and the browser's own idea of being online. */
export function browserServer(): ServerAccess {
  return { client: sameOrigin(), isOnline: () => navigator.onLine };
}
