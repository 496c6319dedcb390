import type { Child } from 'hono/jsx';

const baseCss = `body{font-family:system-ui,"PingFang SC","Noto Sans CJK SC",sans-serif;margin:0;padding:1rem;line-height:1.6}
main{max-width:40rem;margin:0 auto}`;

/** The HTML shell shared by the customer and agent pages: Chinese, mobile-first. */
export function Layout(props: { title: string; children: Child }) {
  return (
    <html lang="zh-CN">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{props.title}</title>
        <style dangerouslySetInnerHTML={{ __html: baseCss }} />
      </head>
      <body>
        <main>{props.children}</main>
      </body>
    </html>
  );
}
