import type { FastifyInstance } from 'fastify';

/**
 * Once the server is closing, every response still being sent says `Connection: close`. Without
 * it, a keep-alive connection that was busy when closing began (a load balancer's, typically)
 * stays open after its request finishes, and shutdown waits for the keep-alive timeout instead of
 * for the requests in flight.
 */
export function installDraining(app: FastifyInstance): void {
  let closing = false;
  app.addHook('preClose', async () => {
    closing = true;
  });
  app.addHook('onSend', async (_request, reply, payload) => {
    if (closing) reply.header('connection', 'close');
    return payload;
  });
}
