import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import express, { type Router } from 'express';
import { ruruHTML } from 'ruru/server';

const idePath = '/_ide/';

/**
 * A GraphQL IDE (Ruru, a GraphiQL) at GET /graphql for development, with its assets served from
 * the installed package: it works on a machine without internet.
 */
export function graphqlIdeRouter(): Router {
  const router = express.Router();
  const ruruServerModule = createRequire(import.meta.url).resolve('ruru/server');
  router.use(idePath, express.static(join(dirname(ruruServerModule), '..', 'static'), { maxAge: '1d' }));
  router.get('/graphql', (request, response, next) => {
    const wantsPage = request.accepts(['application/json', 'text/html']) === 'text/html';
    if (!wantsPage || request.query.query !== undefined) {
      next();
      return;
    }
    response.type('html').send(ruruHTML({ endpoint: '/graphql', staticPath: idePath }));
  });
  return router;
}
