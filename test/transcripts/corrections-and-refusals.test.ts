// Corrections ("不对，电话是…", "是上周五不是周四"), refusals of personal data (recorded as declined, never asked
// again: guide 六(二)), and "不知道" for the order number.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDesk, type TranscriptDesk } from './chat.ts';

let desk: TranscriptDesk;
beforeAll(async () => {
  desk = await openDesk();
});
afterAll(() => desk.dispose());

const askedPhone = /手机号|联系电话|电话或邮箱/;
const askedName = /怎么称呼/;

describe('corrections', () => {
  it('takes a corrected phone into the summary and the complaint, dropping the old one', async () => {
    const chat = await desk.chat();
    await chat.say('上周买的电压力锅，盖子扣不上，一用就漏气，想换个新的，电话13812345678，订单号不知道，我叫刘洋');
    const fixed = await chat.expect('不对，电话是13900002222', /13900002222/, /核对|确认/);
    expect(fixed.text).not.toContain('13812345678');
    await chat.expect('对');
    const stored = await desk.complaint(chat.code());
    expect(stored.fields.phone).toBe('13900002222');
    expect(JSON.stringify(stored.fields)).not.toContain('13812345678');
  });

  it('corrects the date: "是上周五不是周四"', async () => {
    const chat = await desk.chat();
    await chat.say('上周四买的电风扇，摇头的时候咔咔响，我要退货，手机15000001111，没有订单号，我姓孙');
    expect((await desk.complaint(chat.code())).fields.occurredOn).toBe('2026-11-19');
    const fixed = await chat.expect('是上周五不是周四', /2026-11-20/);
    expect(fixed.text).not.toContain('2026-11-19');
    expect((await desk.complaint(chat.code())).fields.occurredOn).toBe('2026-11-20');
  });

  it('corrects the product and the remedy without piling them up', async () => {
    const chat = await desk.chat();
    await chat.say('前天买的电饭煲内胆涂层掉了一大块，想退货，电话13511112222，订单号忘了，姓周');
    const product = await chat.expect('不对，是电压力锅', /电压力锅/);
    expect(product.text).not.toMatch(/产品\/服务：电饭煲/);
    const remedy = await chat.expect('不要退货了，换一个就行', /诉求：更换产品/);
    expect(remedy.text).not.toMatch(/退货、|、退货/);
    const stored = await desk.complaint(chat.code());
    expect(stored.fields).toMatchObject({ product: '电压力锅', remedyRequested: ['更换产品'] });
  });

  it('accepts a correction after registration and notes it on the timeline', async () => {
    const chat = await desk.chat();
    await chat.say('11月26号买的加湿器不出雾，想修一下，电话13312345678，订单号不知道，我叫吴敏');
    await chat.expect('对');
    const code = chat.code();
    await chat.expect('电话写错了，应该是13312345679', /13312345679/);
    const stored = await desk.complaint(code);
    expect(stored.fields.phone).toBe('13312345679');
    expect(await desk.timeline(code)).toContainEqual(expect.stringContaining('13312345679'));
  });
});

describe('refusals', () => {
  it('records a refused phone and e-mail as declined, never asks again, never stores them', async () => {
    const chat = await desk.chat();
    await chat.expect('昨天买的电热毯有一块不热', /怎么处理|什么样的解决/);
    await chat.expect('退货', askedPhone);
    const refused = await chat.expect('电话邮箱都不方便留', /尊重|不方便就不留/);
    expect(refused.text).not.toMatch(askedPhone);
    const rest = [await chat.say('不知道'), await chat.say('不想说')];
    for (const turn of rest) expect(turn.text).not.toMatch(askedPhone);
    expect(rest[1]!.text).toMatch(/联系方式：不愿提供/);
    expect(rest[1]!.text).toMatch(/称呼：不愿提供/);
    const done = await chat.expect('对', /编号/);
    expect(done.text).not.toMatch(askedPhone);

    const stored = await desk.complaint(chat.code());
    expect(stored.declinedFields).toEqual(expect.arrayContaining(['phone', 'email', 'customerName']));
    expect(stored.fields.phone).toBeUndefined();
    expect(stored.fields.email).toBeUndefined();
    expect(stored.fields.customerName).toBeUndefined();
  });

  it('does not keep a name the customer takes back', async () => {
    const chat = await desk.chat();
    await chat.say('我叫郑凯，前天买的耳机一边没声音，想换货，手机13698765432，订单号找不到了');
    const taken = await chat.expect('名字就不说了', /尊重|不方便就不留/, /称呼：不愿提供/);
    expect(taken.text).not.toContain('郑凯');
    await chat.expect('对');
    const stored = await desk.complaint(chat.code());
    expect(stored.fields.customerName).toBeUndefined();
    expect(stored.declinedFields).toContain('customerName');
    expect(JSON.stringify(stored.fields)).not.toContain('郑凯');
  });

  it('asks for the name alone when only it is missing, and takes "不方便" for it', async () => {
    const chat = await desk.chat();
    const asked = await chat.say('我11月24号买的破壁机，订单号 PO88812345，打了两次就不转了，想退货，电话18800001111');
    expect(asked.text).toMatch(askedName);
    expect(asked.text).not.toMatch(askedPhone);
    const after = await chat.expect('不方便', /尊重|不方便就不留/, /核对|确认/);
    expect(after.text).not.toMatch(askedName);
  });

  it('declines only what a refusal names: "不想留电话" asked for the name keeps the name open', async () => {
    const chat = await desk.chat();
    const asked = await chat.say(
      '你们快递员把我的快递放在驿站也不通知我，结果丢了！！赔钱！！昨天的事，单号SF1234567890123，邮箱 kuaidi@163.com',
    );
    expect(asked.text).toMatch(askedName);
    const turn = await chat.say('不想留电话');
    expect(turn.text).toMatch(/尊重|不方便就不留/);
    const stored = await desk.complaint(chat.code());
    expect(stored.declinedFields).toEqual(['phone']);
  });
});

describe('a WeChat ID for a contact', () => {
  it('takes "电话不方便给，加我微信 …" as the way to reach the customer, not as no contact at all', async () => {
    const chat = await desk.chat();
    await chat.expect('上个月中旬在你们这做的美甲 没两天就掉了三个', /什么样的解决|怎么处理/);
    await chat.expect('给我免费补一下就行', askedPhone);
    const turn = await chat.expect('我叫Lily 电话不方便给，加我微信 lily_2008', /微信 lily_2008/);
    expect(turn.text).not.toMatch(/尊重|不方便就不留/);
    const summary = await chat.expect('没有订单号', /联系方式：微信 lily_2008/, /称呼：Lily/);
    expect(summary.text).not.toMatch(/联系方式：不愿提供/);
    await chat.expect('对', /编号/);
    const stored = await desk.complaint(chat.code());
    expect(stored.fields).toMatchObject({ wechat: 'lily_2008', customerName: 'Lily' });
    expect(stored.declinedFields).toEqual(['phone']);
  });
});

describe('order number', () => {
  it('accepts "不知道" once and shows it as unknown', async () => {
    const chat = await desk.chat();
    await chat.say('我姓黄，电话13566667777，昨天收到的空调遥控器没电池，希望补发');
    const asked = await chat.expect('嗯', /订单号/);
    expect(asked.text).not.toMatch(askedPhone);
    const unknown = await chat.expect('不知道', /订单号：不清楚/);
    expect(unknown.text).not.toMatch(/订单号方便|有订单号的话/);
    await chat.expect('对');
    const stored = await desk.complaint(chat.code());
    expect(stored.fields.orderNumber).toBeUndefined();
    expect(stored.status).not.toBe('received');
  });
});
