import { Hono } from 'hono';
import type { AppDeps, AppEnv } from './app-env.ts';
import { errorResponse, renderError } from './errors.ts';
import { assetRoutes } from './pages/asset-routes.ts';
import { chatPage } from './pages/chat-page.tsx';
import { consolePage } from './pages/console-page.tsx';
import { adminBasePath, adminOpenApiDocument, adminRoutes } from './routes/admin/admin-routes.ts';
import { chatRoutes } from './routes/chat.ts';
import { consoleStreamRoutes } from './routes/console-stream.ts';
import { healthRoutes } from './routes/health.ts';

/** The whole HTTP surface: customer pages, APIs and the console, over the given dependencies. */
export function createApp(deps: AppDeps) {
  return new Hono<AppEnv>()
    .use(async (c, next) => {
      c.set('deps', deps);
      await next();
    })
    .route('/healthz', healthRoutes)
    .route('/api/chat', chatRoutes)
    .route(`${adminBasePath}/stream`, consoleStreamRoutes)
    .route(adminBasePath, adminRoutes)
    .get('/api/openapi.json', (c) => c.json(adminOpenApiDocument()))
    .route('/', assetRoutes)
    .route('/console', consolePage)
    .route('/', chatPage)
    .notFound((c) => errorResponse(c, 'not_found', `没有这个地址 / no route for ${c.req.method} ${c.req.path}`))
    .onError(renderError(deps.log));
}
