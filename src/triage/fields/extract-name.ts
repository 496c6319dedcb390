import { z } from 'zod';
import namesJson from './lexicon/names.json' with { type: 'json' };
import { productKinds } from './product-lexicon.ts';
import { staffTitle } from './staff-lexicon.ts';

const namesLexiconSchema = z.object({
  $comment: z.string().optional(),
  surnames: z.string().min(100),
  compoundSurnames: z.array(z.string().length(2)).min(1),
  notNames: z.array(z.string()).min(1),
  nameStops: z.string().min(1),
  notGivenName: z.string().min(1),
  honorifics: z.array(z.string()).min(1),
  contactWords: z.array(z.string()).min(1),
  speakerBefore: z.array(z.string()).min(1),
  greetings: z.array(z.string()).min(1),
  organisationEndings: z.array(z.string()).min(1),
});
const lexicon = namesLexiconSchema.parse(namesJson);

const surnames = new Set(lexicon.surnames);
const compounds = new Set(lexicon.compoundSurnames);
const notNames = new Set(lexicon.notNames);
const stops = new Set(lexicon.nameStops);
const notGiven = new Set(lexicon.notGivenName);
const han = /[\u4e00-\u9fff]/;
const honorific = new RegExp(`^(?:${lexicon.honorifics.join('|')})`);
const jobTitle = /^(?:经理|主任|老师|总(?![是说])|工(?![作资厂人]))/;
const contactAfter = new RegExp(`^[\\s,，:：]*(?:(?:\\+?86\\s*)?▒|${lexicon.contactWords.join('|')})`, 'i');
const contactBefore = /▒[\s,，:：]*$/;
const speakerBefore = new RegExp(`(?:${lexicon.speakerBefore.join('|')}|姓.{1,2})\\s*$`);
const greetingsOnly = new RegExp(`^[\\s,，.。!！~]*(?:(?:${lexicon.greetings.join('|')})[\\s,，.。!！~]*)*$`, 'i');
const staffBefore = new RegExp(`你们|${staffTitle.source}`);
const strictAfter = new RegExp(`^(?:$|[^\\u4e00-\\u9fff]|${lexicon.contactWords.join('|')}|我)`, 'i');

// Self-introductions, strongest first: 我叫 and 名字是 name the speaker for sure; 我是 only with a clear boundary.
// `whole`: only a full name, a familiar one (小杨) or one with a title counts (我是…的房子 is no name).
const introductions: { pattern: RegExp; strict: boolean; whole?: boolean }[] = [
  {
    pattern:
      /(?:我叫|我名叫|俺叫|叫我|我的名字(?:是|叫)|名字(?:是|叫)|姓名(?:是|:)?|本人叫|本人是|本人|(?:联系人|对接人|收件人|寄件人|户主|业主|车主|新郎|新娘)(?:是|为|:|：)?|家长(?!群|会|们))\s*/g,
    strict: false,
  },
  // "我是他儿子黄志强", "我是孙女 欧阳琳", "联系人 外孙 马骁": a relative writing for someone, then their own name.
  {
    pattern:
      /(?:我是(?:他|她|老人|孩子)?的?|联系人[:：]?\s*)(?:儿子|女儿|孙子|孙女|外孙女?|老伴|爱人|家属|侄子|侄女)\s*/g,
    strict: false,
  },
  { pattern: /我是\s*/g, strict: true },
  // "我是住幸福小区的老刘", "我是三单元的老赵": where they live, then the name.
  { pattern: /我是[^，,。!！?？\s]{1,10}?的(?=[小老阿])/g, strict: false },
  // "我是河湾村的刘德贵", "我是6号楼402的租客小杨": where they come from, a role, then the name with a clear boundary.
  { pattern: /我是[^，,。!！?？\s]{1,12}?的(?:租客|业主|住户|家长|客户|学员|会员)?/g, strict: true, whole: true },
  // "名字周子轩", "登记的名字蒋文博 电话…": with a clear boundary, as 名字 may start a complaint about a name.
  { pattern: /名字[:：]?\s*/g, strict: true },
];
// "姓王" only from the speaker: "我姓王", "免贵姓王", "家长姓林", "我是退休老师姓蒋", or 姓 opening a clause; "姓王的师傅"
// is someone else.
const surnameOnly =
  /(?:(?:我|本人|免贵|家长|我是[^，,。!！?？\s]{1,6}?|孩子妈妈|孩子爸爸|妈妈|爸爸|业主|车主|户主|租客|客户|联系人|对接人|新郎|新娘)姓|(?:^|(?<=[\s,，。.!！?？▒]))姓)(?!名|什么|啥)\s*/g;
// "我是乐乐妈妈", "我是三年级二班吴家乐妈妈", "家长 何思远爸爸": a parent names themselves by their child.
const parentName =
  /(?:我是|本人是|家长[:：]?)\s*(?:[^，,。!！?？\s]{0,8}?班\s*)?((?!孩子|小孩|儿子|女儿)(?:(?!的)[\u4e00-\u9fff]){2,3}(?:妈妈|爸爸|奶奶|爷爷|外婆|姥姥|外公|姥爷))/;
// "业主沈 电话…": a role names the speaker, who may give only a surname.
const roleSurname = /(?:业主|车主|户主|租客|联系人)[:：]?\s*/g;
const honorificName = new RegExp(
  `(?:${lexicon.compoundSurnames.join('|')}|[${lexicon.surnames}])(?:${lexicon.honorifics.join('|')})`,
  'g',
);

/**
 * The customer's name as they gave it: 张伟, 王女士, a surname alone ("姓王" → 王), or the organisation they speak for
 * ("我们是杭州云帆科技有限公司"); never a staff member's name.
 */
export function extractName(text: string): string | undefined {
  const organisation = findOrganisation(text);
  if (organisation && bodyVoice.test(text)) return organisation;
  for (const { pattern, strict, whole } of introductions) {
    for (const m of text.matchAll(pattern)) {
      const name = readName(text, m.index + m[0].length, strict);
      if (name && (!whole || name.length >= 3 || /^[小老阿]/.test(name))) return name;
    }
  }
  return (
    organisation ??
    parentName.exec(text)?.[1] ??
    findHonorific(text) ??
    findSignature(text) ??
    findSignOff(text) ??
    findSurname(text) ??
    findRoleSurname(text)
  );
}

// "我是深圳市乐丰贸易有限公司的", "我们是阳光小学": the customer is an organisation (附件B 姓名/组织); so is one named as
// a signature in a message about "我们公司" ("…要求重印 深圳市南山区晨光文化传媒有限公司 联系人…").
const orgName = `(?![不没是]|[一这那]家)(?:(?![的我你他她在了是和与及])[\\u4e00-\\u9fff（）()]){2,24}(?:${lexicon.organisationEndings.join('|')})`;
const introducedOrg = new RegExp(
  `(?:我是|我们是|我这边是|我们这边是|我们公司是|我们公司[（(]|我司是?|本公司是?|单位是|单位:)\\s*(${orgName})`,
);
// A department may follow the signature: "…有限公司 行政部".
const signedOrg = new RegExp(
  `(?:^|[\\s，,。!！])(${orgName})(?=\\s*(?:$|[，,。]|联系|对接|电话|手机|邮箱|(?:行政|人事|财务|采购|综合|办公)[部室]|办公室))`,
);
const ourCompany = /我们公司|我司|本公司|我们单位|我单位|我公司/;
// "…并出具整改说明。 实验初级中学 总务处 2025.9.22", "——宏图物流 IT 老罗 189…": an organisation opening the
// signature that closes the message.
const signatureOrg = new RegExp(`(?:^|[。！!？?]|——?|--)\\s*(${orgName})(?=\\s|$)[^。！!？?]{0,40}$`);
// Who speaks for a body: then the body is the customer, even when the writer also gives their own name.
const bodyVoice = /我们|我司|我单位|我院|我校|我会|本公司|本单位/;

function findOrganisation(text: string): string | undefined {
  return (
    introducedOrg.exec(text)?.[1] ??
    (ourCompany.test(text) ? signedOrg.exec(text)?.[1] : undefined) ??
    (bodyVoice.test(text) ? signatureOrg.exec(text)?.[1] : undefined)
  );
}

function surnameLength(text: string, at: number): number {
  if (compounds.has(text.slice(at, at + 2))) return 2;
  return surnames.has(text[at] ?? '') ? 1 : 0;
}

// "家长QQ邮箱…": an account, not a name.
const notLatinNames = /^(?:QQ|VIP|APP|ID|WX|VX|wechat|email|e-mail)$/i;

// A surname, then 女士/先生/小姐, a job title (张经理: someone introduced this way speaks for a company) or one or
// two given-name characters ending at a boundary; or a name in Latin letters ("我叫Lily").
function readName(text: string, at: number, strict: boolean): string | undefined {
  // "我是Coco V信同号": V信 is WeChat, not part of the name.
  const latin = /^[A-Za-z][A-Za-z .'-]{1,23}?(?=$|[^A-Za-z .'-]|\s+[^A-Za-z]|\s+[Vv]信)/.exec(text.slice(at));
  const latinName = latin?.[0].trim();
  const latinEnds =
    latin !== null && /^(?:$|[\s,，。!！])/.test(text.slice(at + latin[0].length).replace(/^\s+[Vv]信/, ' '));
  if (latinName && (!strict || latinEnds) && !notLatinNames.test(latinName)) return latinName;
  // "我叫小包", "叫我阿杰就行": a familiar name, 小/老/阿 and one character.
  const familiar = /^[小老阿][\u4e00-\u9fff]/.exec(text.slice(at));
  const afterFamiliar = text[at + 2] ?? '';
  const familiarEnds = !han.test(afterFamiliar) || stops.has(afterFamiliar) || afterFamiliar === '就';
  // "我是小黎" closing the message, "我是小雨 手机…": with 我是, 小/老 and a surname then nothing, or any familiar name
  // then a contact.
  const strictFamiliar =
    (surnames.has(familiar?.[0][1] ?? '') && strictAfter.test(text.slice(at + 2))) ||
    contactAfter.test(text.slice(at + 2));
  if (familiar && familiarEnds && !notNames.has(familiar[0]) && (!strict || strictFamiliar)) return familiar[0];
  const s = surnameLength(text, at);
  if (s === 0) return undefined;
  const afterSurname = text.slice(at + s);
  const title = honorific.exec(afterSurname) ?? jobTitle.exec(afterSurname);
  if (title) return text.slice(at, at + s) + title[0];
  for (let given = 2; given >= 1; given--) {
    const name = text.slice(at, at + s + given);
    if (name.length !== s + given || ![...name].every((c) => han.test(c)) || notNames.has(name)) continue;
    const next = text.slice(at + s + given);
    const boundary = strict ? strictAfter.test(next) : !han.test(next[0] ?? '') || stops.has(next[0]!);
    if (boundary && !stops.has(name[s]!)) return name;
  }
  return undefined;
}

function findHonorific(text: string): string | undefined {
  for (const m of text.matchAll(honorificName)) {
    const before = text.slice(0, m.index);
    const after = text.slice(m.index + m[0].length);
    // The staff word must be in the same sentence: "损失你们要赔。 张先生 ▒" signs off.
    const nearBefore = before
      .slice(-8)
      .split(/[。！!？?]/)
      .pop()!;
    const spoken =
      speakerBefore.test(before) ||
      greetingsOnly.test(before) ||
      /^[\s,，.。!！~]*$/.test(after) ||
      contactAfter.test(after) ||
      contactBefore.test(before);
    if (spoken && !(staffBefore.test(nearBefore) && !speakerBefore.test(before))) return m[0];
  }
  return undefined;
}

// "赵磊 zhao.lei@company.com.cn", "欧阳娜娜 电话 186…", "138…，小吴", "139… 孟": a bare name next to a contact.
function findSignature(text: string): string | undefined {
  for (const m of text.matchAll(/(?<![\u4e00-\u9fff])[\u4e00-\u9fff]{1,4}(?![\u4e00-\u9fff])/g)) {
    const name = m[0];
    const familiar = name.length === 2 && '小老阿'.includes(name[0]!) && surnames.has(name[1]!) && !notNames.has(name);
    const s = surnameLength(name, 0);
    const surnameAlone = name.length === s;
    if (
      !familiar &&
      !surnameAlone &&
      (s === 0 || name.length - s > 2 || notNames.has(name) || notNames.has(name.slice(0, 2)))
    )
      continue;
    if (!familiar && [...name.slice(s)].some((c) => stops.has(c) || notGiven.has(c))) continue;
    const before = text.slice(0, m.index);
    const after = text.slice(m.index + name.length);
    // "…买的TP-LINK路由器，订单号…": a product is no name (路 is a surname).
    if (productKinds.has(name)) continue;
    // "收到只有100张 订单…": a character after a number is a measure word.
    if (/\d\s*$/.test(before)) continue;
    if (contactAfter.test(after) || contactBefore.test(before)) return name;
  }
  return undefined;
}

// "…并上门道歉。18栋业主代表 谢国平", "会员名 陈可欣", "…请回复至邮箱。刘萌", "——阿May": a name signing the message
// off, after a full stop, a dash or a role.
const signOff =
  /(?:[。！!]|——?|--|(?:学员|会员名?|业主代表|业主|车主|租客|住户|客户|患者家属|家属|投诉人|团长|队长|领队|负责人|经办人|秘书长|房东|(?:新娘|新郎)(?:父亲|母亲))\s*)\s*([\u4e00-\u9fff]{2,4}|[\u4e00-\u9fff]?[A-Za-z]{2,12})\s*[。.!！]?(?:\s*(?:电话|手机|联系电话)?[:：]?\s*(?:\+?86\s*)?▒+)?$/;
// After a bare space ("…给个说法 马上" is no name), only what cannot be a word: a full name (谢谢 刘桂芳), 老/小 and a
// surname (… 老张), a surname and an elder's title (周大爷), or a parent by their child (萌萌妈).
const lastWord = /(?<=[\s▒])([\u4e00-\u9fff]{2,4})\s*[。.!！]?$/;
const elder = /^(?:大爷|大妈|阿姨|大姐|大哥|奶奶|爷爷|叔叔|婆婆|阿婆|伯伯)$/;
const parentByChild = /^(?!孩子|小孩|儿子|女儿|我)[\u4e00-\u9fff]{1,2}(?:妈妈|爸爸|妈|爸)$/;

function findSignOff(text: string): string | undefined {
  const m = signOff.exec(text);
  if (m) {
    const name = /[A-Za-z]/.test(m[1]!) ? m[1] : readName(m[1]!, 0, false);
    if (name === m[1]) return name;
  }
  const word = lastWord.exec(text)?.[1];
  if (!word || notNames.has(word)) return undefined;
  const s = surnameLength(word, 0);
  const familiar = word.length === 2 && '小老'.includes(word[0]!) && surnames.has(word[1]!);
  const fullName = s > 0 && word.length - s === 2 && [...word.slice(s)].every((c) => !stops.has(c) && !notGiven.has(c));
  const elderly = s > 0 && elder.test(word.slice(s));
  return familiar || fullName || elderly || parentByChild.test(word) ? word : undefined;
}

function findRoleSurname(text: string): string | undefined {
  for (const m of text.matchAll(roleSurname)) {
    const at = m.index + m[0].length;
    const s = surnameLength(text, at);
    if (s > 0 && contactAfter.test(text.slice(at + s))) return text.slice(at, at + s);
  }
  return undefined;
}

function findSurname(text: string): string | undefined {
  for (const m of text.matchAll(surnameOnly)) {
    const at = m.index + m[0].length;
    const s = surnameLength(text, at);
    // "我姓骆电话一五零…": a contact word may follow the surname without a space.
    if (s > 0 && (!han.test(text[at + s] ?? '') || contactAfter.test(text.slice(at + s))))
      return text.slice(at, at + s);
  }
  return undefined;
}
