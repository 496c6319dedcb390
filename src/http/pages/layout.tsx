import type { Child } from 'hono/jsx';
import { largeTextKey } from './client/shared/large-text.ts';
import { scriptJson } from './page-config.ts';

// Applies the remembered text size before the first paint, so a large-text reader never sees the page jump.
const applyTextSize = `try{if(localStorage.getItem(${JSON.stringify(largeTextKey)})==='1')document.documentElement.dataset.textSize='large'}catch(e){}`;

/**
 * The HTML shell shared by the customer and agent pages: Chinese, mobile-first. `asset` names the stylesheet and
 * the script under /assets/; `config` is handed to the script as JSON.
 */
export function Layout(props: {
  title: string;
  asset: 'chat' | 'console';
  config: unknown;
  bodyClass?: string;
  children: Child;
}) {
  return (
    <html lang="zh-CN">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1, viewport-fit=cover" />
        <meta name="color-scheme" content="light" />
        <title>{props.title}</title>
        <link rel="icon" href="data:," />
        <script dangerouslySetInnerHTML={{ __html: applyTextSize }} />
        <link rel="stylesheet" href={`/assets/${props.asset}.css`} />
        <script
          type="application/json"
          id="page-config"
          dangerouslySetInnerHTML={{ __html: scriptJson(props.config) }}
        />
        <script type="module" src={`/assets/${props.asset}.js`} />
      </head>
      <body class={props.bodyClass}>{props.children}</body>
    </html>
  );
}
