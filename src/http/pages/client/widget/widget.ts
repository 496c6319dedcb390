// The embeddable chat button for a shop's own site:
//   <script src="https://your-desk.example/widget.js" data-shop="my-shop" async></script>
// Adds a floating 在线客服 button that opens the desk's web chat (/?embed=1) in a panel. Everything lives in a
// shadow root so the host page's styles and ours leave each other alone.

const script = document.currentScript as HTMLScriptElement | null;

function mountWidget(source: HTMLScriptElement) {
  const origin = new URL(source.src, location.href).origin;
  const shop = source.dataset.shop ?? '';
  const label = source.dataset.label || '在线客服';
  const side = source.dataset.position === 'left' ? 'left' : 'right';
  const color = /^#[0-9a-f]{3,8}$/i.test(source.dataset.color ?? '') ? source.dataset.color! : '#0f6e6e';

  const host = document.createElement('div');
  host.setAttribute('data-qingting-widget', '');
  const root = host.attachShadow({ mode: 'open' });
  root.innerHTML = `<style>
  :host{all:initial}
  .launcher{position:fixed;${side}:16px;bottom:16px;z-index:2147483000;display:flex;align-items:center;gap:.4em;
    padding:.75em 1.1em;border:0;border-radius:999px;background:${color};color:#fff;font:600 16px/1.2 system-ui,
    "PingFang SC","Noto Sans CJK SC","Microsoft YaHei",sans-serif;box-shadow:0 4px 14px rgba(0,0,0,.25);cursor:pointer}
  .launcher:focus-visible,.close:focus-visible{outline:3px solid #ffbf47;outline-offset:2px}
  .panel{position:fixed;${side}:16px;bottom:80px;z-index:2147483000;width:min(400px,calc(100vw - 32px));
    height:min(640px,calc(100vh - 112px));display:flex;flex-direction:column;background:#fff;border-radius:12px;
    overflow:hidden;box-shadow:0 8px 30px rgba(0,0,0,.3)}
  .panel[hidden]{display:none}
  .bar{display:flex;justify-content:space-between;align-items:center;padding:.5em .75em;background:${color};
    color:#fff;font:600 15px/1.4 system-ui,"PingFang SC","Noto Sans CJK SC",sans-serif}
  .close{border:0;background:transparent;color:#fff;font-size:22px;line-height:1;padding:.2em .4em;cursor:pointer}
  iframe{flex:1;width:100%;border:0}
  @media (max-width:480px){.panel{left:0;right:0;bottom:0;top:0;width:100vw;height:100%;border-radius:0}}
</style>
<button type="button" class="launcher" aria-expanded="false" aria-controls="qt-panel">
  <svg aria-hidden="true" width="20" height="20" viewBox="0 0 24 24" fill="currentColor"><path d="M4 3h16a2 2 0 0 1 2 2v11a2 2 0 0 1-2 2H9l-5 4v-4a2 2 0 0 1-2-2V5a2 2 0 0 1 2-2z"/></svg><span class="label"></span></button>
<div class="panel" id="qt-panel" role="dialog" aria-label="在线客服" hidden>
  <div class="bar"><span class="title"></span><button type="button" class="close" aria-label="关闭在线客服">×</button></div>
</div>`;
  const launcher = root.querySelector<HTMLButtonElement>('.launcher')!;
  const panel = root.querySelector<HTMLDivElement>('.panel')!;
  const close = root.querySelector<HTMLButtonElement>('.close')!;
  root.querySelector('.label')!.textContent = label;
  root.querySelector('.title')!.textContent = label;

  let frame: HTMLIFrameElement | undefined;
  let isOpen = false;
  const setOpen = (open: boolean) => {
    isOpen = open;
    if (open && !frame) {
      frame = document.createElement('iframe');
      frame.title = label;
      frame.src = `${origin}/?embed=1${shop ? `&shop=${encodeURIComponent(shop)}` : ''}`;
      panel.appendChild(frame);
    }
    panel.hidden = !open;
    launcher.setAttribute('aria-expanded', String(open));
    if (open) frame?.focus();
    else launcher.focus();
  };
  launcher.addEventListener('click', () => setOpen(!isOpen));
  close.addEventListener('click', () => setOpen(false));
  root.addEventListener('keydown', (event) => {
    if ((event as KeyboardEvent).key === 'Escape' && isOpen) setOpen(false);
  });
  document.body.appendChild(host);
}

if (script) {
  const source = script;
  if (document.body) mountWidget(source);
  else document.addEventListener('DOMContentLoaded', () => mountWidget(source));
}
