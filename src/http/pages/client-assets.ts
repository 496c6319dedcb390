import { createHash } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

/** A bundled browser file, ready to serve. */
export interface ClientAsset {
  body: string;
  contentType: string;
  etag: string;
}

const sources = {
  'chat.js': 'client/chat/chat-main.ts',
  'console.js': 'client/console/console-main.ts',
  'widget.js': 'client/widget/widget.ts',
  'chat.css': 'styles/chat.css',
  'console.css': 'styles/console.css',
} as const;

/** The names under which the browser files are served. */
export type ClientAssetName = keyof typeof sources;

const cache = new Map<ClientAssetName, Promise<ClientAsset>>();

/** True for a name `clientAsset` can serve. */
export function isClientAssetName(name: string): name is ClientAssetName {
  return Object.hasOwn(sources, name);
}

/**
 * The browser code, bundled by esbuild from the TypeScript and CSS under this folder on first request and then kept
 * in memory for the life of the process. A failed build is not cached, so the next request tries again.
 */
export function clientAsset(name: ClientAssetName): Promise<ClientAsset> {
  let pending = cache.get(name);
  if (!pending) {
    pending = bundle(name);
    pending.catch(() => cache.delete(name));
    cache.set(name, pending);
  }
  return pending;
}

async function bundle(name: ClientAssetName): Promise<ClientAsset> {
  const isScript = name.endsWith('.js');
  const result = await build({
    entryPoints: [fileURLToPath(new URL(sources[name], import.meta.url))],
    bundle: true,
    write: false,
    minify: true,
    legalComments: 'none',
    charset: 'utf8',
    logLevel: 'silent',
    // Pages load their script as a module; the widget is pasted into other people's sites as a classic script.
    format: name === 'widget.js' ? 'iife' : 'esm',
    target: isScript ? ['es2020'] : ['chrome90', 'safari14', 'firefox88'],
  });
  const body = result.outputFiles[0]?.text ?? '';
  return {
    body,
    contentType: isScript ? 'text/javascript; charset=utf-8' : 'text/css; charset=utf-8',
    etag: `"${createHash('sha256').update(body).digest('base64url').slice(0, 22)}"`,
  };
}
