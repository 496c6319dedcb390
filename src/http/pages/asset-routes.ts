import { type Context, Hono } from 'hono';
import type { AppEnv } from '../app-env.ts';
import { ApiError } from '../errors.ts';
import { type ClientAssetName, clientAsset, isClientAssetName } from './client-assets.ts';

/** GET /assets/{chat,console}.{js,css} for the pages, and GET /widget.js for the shops' own sites. */
export const assetRoutes = new Hono<AppEnv>()
  .get('/assets/:name', (c) => {
    const name = c.req.param('name');
    if (!isClientAssetName(name) || name === 'widget.js')
      throw new ApiError('not_found', '没有这个文件 / no such asset');
    return serveAsset(c, name, 'no-cache');
  })
  // Other sites embed this URL, so let browsers keep it a little while instead of asking on every page view.
  .get('/widget.js', (c) => serveAsset(c, 'widget.js', 'public, max-age=300'));

async function serveAsset(c: Context<AppEnv>, name: ClientAssetName, cacheControl: string) {
  const asset = await clientAsset(name);
  c.header('Cache-Control', cacheControl);
  c.header('ETag', asset.etag);
  if (c.req.header('if-none-match') === asset.etag) return c.body(null, 304);
  c.header('Content-Type', asset.contentType);
  c.header('X-Content-Type-Options', 'nosniff');
  return c.body(asset.body);
}
