import type { ServerClient } from '../sync/api';

/** How a flow reaches the sync server: the client, and whether the device thinks it is online (to word a failure). */
export interface ServerAccess {
  client: ServerClient;
  isOnline: () => boolean;
}
