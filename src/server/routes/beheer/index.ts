import type { FastifyInstance } from 'fastify';
import type { Database } from '../../db/database';
import { consoleAccountRoutes } from './accounts';
import { consoleAreaRoutes } from './areas';
import { consoleCodeRoutes } from './codes';
import { consoleConfigurationRoutes } from './configuration';
import { consoleDeviceRoutes } from './devices';
import { consoleGuideProposalRoutes } from './guide-proposals';
import { consolePasswordRoutes } from './passwords';

/** Everything under `/api/beheer`: the console's routes, one file per subject. */
export function consoleRoutes(db: Database) {
  return async (app: FastifyInstance): Promise<void> => {
    await app.register(consoleAreaRoutes(db));
    await app.register(consoleCodeRoutes(db));
    await app.register(consoleDeviceRoutes(db));
    await app.register(consoleAccountRoutes(db));
    await app.register(consoleConfigurationRoutes(db));
    await app.register(consoleGuideProposalRoutes(db));
    await app.register(consolePasswordRoutes(db));
  };
}
