import { qrcodeValueToImageUrl } from 'wechaty';

/** The part of the `qrcode` package we use. It comes with wechaty (through file-box), so it is loaded by name. */
interface QrRenderer {
  toString(text: string, options: { type: 'terminal'; small: boolean }): Promise<string>;
  toDataURL(text: string, options: { margin: number; width: number }): Promise<string>;
}

let renderer: Promise<QrRenderer | null> | undefined;

function loadRenderer(): Promise<QrRenderer | null> {
  const name = 'qrcode';
  renderer ??= import(name).then(
    (mod: { default?: QrRenderer } & QrRenderer) => mod.default ?? mod,
    () => null,
  );
  return renderer;
}

/**
 * The login QR code for the terminal (a scannable text QR) and for the console (a PNG data URL), both rendered here:
 * the code is a login credential, so it is not sent to an online QR service unless no renderer is installed.
 */
export async function renderLoginQr(value: string): Promise<{ terminal: string; image: string | null }> {
  const qr = await loadRenderer();
  if (!qr) {
    return {
      terminal: `在浏览器打开此链接，用微信扫码登录 / open and scan: ${qrcodeValueToImageUrl(value)}`,
      image: null,
    };
  }
  try {
    const [terminal, image] = await Promise.all([
      qr.toString(value, { type: 'terminal', small: true }),
      qr.toDataURL(value, { margin: 2, width: 256 }),
    ]);
    return { terminal, image };
  } catch {
    return { terminal: `二维码内容 / QR code content: ${value}`, image: null };
  }
}
