// 保密 (guide 三.9): personal data is masked before it reaches a log line or a language model.

const mobile = /(?<!\d)(?:\+?86[\s-]?)?1[3-9]\d(?:[\s-]?\d){8}(?!\d)/g;
const landline = /(?<!\d)(?:\(?0\d{2,3}\)?[\s-]?)\d{7,8}(?!\d)/g;
const email = /[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/g;
const idCard = /(?<![\dXx])\d{17}[\dXx](?![\dXx])/g;
/**
 * A WeChat ID (微信号: 6-20 letters, digits, "_" or "-", starting with a letter) is only recognisable by its label:
 * "加我微信 lily_2008", "我的微信号是：Chen-88", "vx：abc123456". Group 1 is the label, group 2 the ID.
 */
export const labelledWechatId =
  /((?<![A-Za-z])(?:微信|薇信|威信|V信|vx|VX|wx|WX|weixin|wechat|WeChat)(?:号码?|id|ID)?(?:是|为|:|：|\s)*)([A-Za-z][A-Za-z0-9_-]{5,19})(?![A-Za-z0-9_@.-])/g;

/** Replaces phone numbers, e-mail addresses, WeChat IDs and ID-card numbers with masked forms that keep a hint. */
export function maskPersonalData(text: string): string {
  return text
    .replace(labelledWechatId, (_, label: string, id: string) => `${label}${id[0]}***${id.slice(-2)}`)
    .replace(idCard, (m) => `${m.slice(0, 3)}***********${m.slice(-4)}`)
    .replace(mobile, (m) => {
      const digits = m.replace(/\D/g, '').slice(-11);
      return `${digits.slice(0, 3)}****${digits.slice(-4)}`;
    })
    .replace(landline, (m) => `${m.slice(0, Math.max(0, m.length - 4)).replace(/\d/g, '*')}${m.slice(-4)}`)
    .replace(email, (m) => {
      const [user = '', domain = ''] = m.split('@');
      return `${user.slice(0, 1)}***@${domain}`;
    });
}
