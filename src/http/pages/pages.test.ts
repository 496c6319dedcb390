import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDesk } from '../../../test/desk.ts';
import { clientAsset, isClientAssetName } from './client-assets.ts';

let desk: Awaited<ReturnType<typeof createTestDesk>>;
beforeAll(async () => {
  desk = await createTestDesk();
});
afterAll(() => desk.dispose());

/** The JSON a page hands its script. */
function pageConfig(html: string): Record<string, unknown> {
  const json = html.match(/<script type="application\/json" id="page-config">(.*?)<\/script>/s)?.[1];
  return JSON.parse(json ?? 'null');
}

describe('pages', () => {
  it('serves the web chat in Chinese, with its script, labels and an accessible message log', async () => {
    const res = await desk.app.request('/');
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toMatch(/^<!DOCTYPE html><html lang="zh-CN">/);
    expect(html).toContain('<script type="module" src="/assets/chat.js">');
    expect(html).toContain('role="log"');
    expect(html).toContain('aria-live="polite"');
    expect(html).toContain('for="composer-text"');
    expect(pageConfig(html)).toMatchObject({ shop: null, embed: false, statusLabels: { closed: '已结束' } });
  });

  it('takes the embedded form and a well-formed shop name from the query, and nothing else', async () => {
    const embedded = await (await desk.app.request('/?embed=1&shop=xiao-man_01')).text();
    expect(embedded).toContain('<body class="embed">');
    expect(pageConfig(embedded)).toMatchObject({ shop: 'xiao-man_01', embed: true });
    const odd = await (await desk.app.request('/?shop=%3C/script%3E%3Cscript%3Ealert(1)')).text();
    expect(pageConfig(odd)).toMatchObject({ shop: null });
    expect(odd).not.toContain('alert(1)');
  });

  it('serves the console with the taxonomy and labels its script needs', async () => {
    const html = await (await desk.app.request('/console')).text();
    expect(html).toContain('<script type="module" src="/assets/console.js">');
    expect(html).toContain('id="sign-in"');
    const config = pageConfig(html);
    expect(config.remedies).toHaveLength(18);
    expect(config.outcomes).toEqual(['accepted', 'unresolved', 'withdrawn']);
    expect(config.transferTargets).toEqual(['frontline', 'specialist', 'supervisor']);
  });
});

describe('client assets', () => {
  it('bundles every browser file', async () => {
    for (const name of ['chat.js', 'console.js', 'widget.js', 'chat.css', 'console.css']) {
      expect(isClientAssetName(name)).toBe(true);
      if (!isClientAssetName(name)) continue;
      const asset = await clientAsset(name);
      expect(asset.body.length, name).toBeGreaterThan(1000);
      // The browser gets no validation library: only types cross over from the server code.
      expect(asset.body, name).not.toMatch(/ZodError|\$ZodType/);
    }
  });

  it('serves scripts and styles with their type, an ETag and no-cache; answers a matching ETag with 304', async () => {
    const res = await desk.app.request('/assets/console.js');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(res.headers.get('cache-control')).toBe('no-cache');
    const etag = res.headers.get('etag')!;
    const again = await desk.app.request('/assets/console.js', { headers: { 'if-none-match': etag } });
    expect(again.status).toBe(304);
    expect((await desk.app.request('/assets/chat.css')).headers.get('content-type')).toBe('text/css; charset=utf-8');
  });

  it('serves the embeddable widget at /widget.js, cacheable for a few minutes', async () => {
    const res = await desk.app.request('/widget.js');
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('public, max-age=300');
    expect(await res.text()).toContain('embed=1');
  });

  it('answers an unknown asset with the JSON 404', async () => {
    for (const path of ['/assets/nothing.js', '/assets/widget.js', '/assets/..%2Fclient-assets.ts']) {
      const res = await desk.app.request(path);
      expect(res.status, path).toBe(404);
      expect((await res.json()).error.code).toBe('not_found');
    }
  });
});
