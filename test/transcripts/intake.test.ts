// Intake (受理 → 受理告知): greeting, fields from one message or from many, in any order, the summary, the
// acknowledgement with code and deadlines, and feelings answered in proportion.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codePattern, openDesk, type TranscriptDesk } from './chat.ts';

let desk: TranscriptDesk;
beforeAll(async () => {
  desk = await openDesk();
});
afterAll(() => desk.dispose());

describe('greeting', () => {
  it('greets as the shop’s assistant, never as a human, and invites the complaint', async () => {
    const chat = await desk.chat();
    expect(chat.greeting).toMatch(/小满电器/);
    expect(chat.greeting).toMatch(/机器人|AI/);
    expect(chat.greeting).toMatch(/不是真人/);
    expect(chat.greeting).toMatch(/问题|发生了什么/);
    const hello = await chat.expect('你好', /说说|什么情况|发生了什么/);
    expect(hello.complaint).toBeNull();
    await chat.expect('在吗', /说说|什么情况|发生了什么/);
  });
});

describe('everything in one message', () => {
  it('reads all fields at once, confirms a summary, acknowledges with code, next steps and deadlines', async () => {
    const chat = await desk.chat();
    const first = await chat.expect(
      '你好，我11月20号在你们店买的电饭煲，订单号 DD20261120889，用了三天就开不了机了，我要退货，电话13912345678，我姓陈',
      /核对|确认/,
      /电饭煲/,
      /2026-11-20/,
      /DD20261120889/,
      /13912345678/,
      /退货/,
    );
    // Received as soon as there is a story, before any confirmation.
    expect(first.complaint).toMatchObject({ status: 'received', queue: null });
    expect(first.text).not.toMatch(/哪个产品|哪天|手机号|订单号方便|怎么称呼/);

    const yes = await chat.expect('对', codePattern, /24小时内/, /7天内/, /48小时/, /人工/, /进度/);
    const code = chat.code();
    expect(yes.text).toContain(code);
    // 8 days after the purchase: no policy covers a return, so a human decides, and the customer hears when.
    expect(yes.text).toMatch(/一线客服/);
    expect(yes.text).toMatch(/下一位|前面还有\d+位/);
    expect(yes.text).toMatch(/明天10:00前/);

    const stored = await desk.complaint(code);
    expect(stored).toMatchObject({
      status: 'assessed',
      queue: 'frontline',
      category: '有缺陷的产品',
      fields: {
        product: '电饭煲',
        orderNumber: 'DD20261120889',
        occurredOn: '2026-11-20',
        remedyRequested: ['退货'],
        phone: '13912345678',
        customerName: '陈',
      },
    });
    expect(stored.fields.description).toContain('开不了机');
    const types = stored.timeline.map((e: { type: string }) => e.type);
    expect(types.slice(0, 4)).toEqual(['received', 'acknowledged', 'assessed', 'handed_off']);
  });
});

describe('a complaint in pieces', () => {
  it('waits for the story before registering, keeps the product, asks only what is missing', async () => {
    const chat = await desk.chat();
    const intent = await chat.expect('我要投诉', /发生了什么|什么情况/);
    expect(intent.complaint).toBeNull();
    const product = await chat.expect('洗衣机', /发生了什么|什么情况/);
    expect(product.complaint).toBeNull();

    const story = await chat.expect('送来的时候外壳是凹的', /哪天|什么时候/);
    expect(story.complaint).toMatchObject({ status: 'received' });
    expect(story.complaint.fields).toMatchObject({ product: '洗衣机', description: '送来的时候外壳是凹的' });
    expect(story.text).not.toMatch(/哪个产品|哪个商品/);

    await chat.expect('上周四', /怎么处理|什么样的解决/);
    await chat.expect('换一台新的吧', /手机号|电话/);
    const more = await chat.expect('而且侧面还有一大道划痕，明显是运输的时候磕的', /订单号/);
    expect(more.complaint.fields.description).toBe(
      '送来的时候外壳是凹的；而且侧面还有一大道划痕，明显是运输的时候磕的',
    );
    const summary = await chat.expect('18612345678，订单号不知道', /核对|确认/, /洗衣机/, /2026-11-19/, /更换产品/);
    expect(summary.text).toMatch(/订单号：不清楚/);

    const stored = await desk.complaint(chat.code());
    expect(stored.status).toBe('received');
    expect(stored.fields).toMatchObject({
      product: '洗衣机',
      occurredOn: '2026-11-19',
      remedyRequested: ['更换产品'],
      phone: '18612345678',
    });
    expect(stored.fields.description).not.toContain('我要投诉');
  });

  it('reads a typo-ridden, upset customer answering one thing at a time', async () => {
    const chat = await desk.chat();
    await chat.expect('你们家电水壶怎么回事啊 才用了三天就不热拉 气四我了', /哪天|什么时候/);
    await chat.expect('上个星期六买的', /怎么处理|什么样的解决/);
    await chat.expect('退钱', /手机号|电话/);
    await chat.expect('手机13800138000', /订单号/, /称呼/);
    await chat.expect('没有', /不影响|没关系/, /订单号：不清楚/);
    await chat.expect('免贵姓欧阳', /称呼：欧阳/);
    await chat.expect('对的', codePattern, /《七天无理由退货》/);
    const stored = await desk.complaint(chat.code());
    expect(stored).toMatchObject({
      status: 'proposed',
      fields: {
        product: '电水壶',
        occurredOn: '2026-11-21',
        remedyRequested: ['退货'],
        phone: '13800138000',
        customerName: '欧阳',
      },
    });
  });

  it('takes fields in any order: contact and date first, the story later', async () => {
    const chat = await desk.chat();
    await chat.expect('我电话13600001234', /发生了什么|什么情况/);
    await chat.expect('上个月28号买的', /发生了什么|什么情况/);
    const story = await chat.expect('扫地机器人老是卡在原地转圈，充满电也只能扫十分钟', /怎么处理|什么样的解决/);
    expect(story.complaint.fields).toMatchObject({
      phone: '13600001234',
      occurredOn: '2026-10-28',
      product: '扫地机器人',
    });
    expect(story.text).not.toMatch(/手机号|哪天|什么时候/);
  });

  it('takes "no particular wish" as an answer and does not ask for the remedy again', async () => {
    const chat = await desk.chat();
    await chat.expect('昨天送来的冰箱门关不严，一直漏冷气', /怎么处理|什么样的解决/);
    const next = await chat.expect('我也不知道要怎么处理，你们看着办吧', /手机号|电话/);
    expect(next.text).not.toMatch(/怎么处理|什么样的解决/);
  });

  it('keeps answers about who the customer is out of the story', async () => {
    const chat = await desk.chat();
    await chat.say('话费莫名其妙多扣了50，我根本没开通什么增值业务，这个月的账单，10号扣的，把钱退给我');
    await chat.say('手机号就是这个 18912345678');
    const named = await chat.expect('叫我刘先生就行', /称呼：刘先生/);
    expect(named.text).not.toMatch(/问题：[^\n]*刘先生/);
    const stored = await desk.complaint(chat.code());
    expect(stored.fields).toMatchObject({ customerName: '刘先生', occurredOn: '2026-11-10', amount: 50 });
    expect(stored.fields.description).not.toContain('刘先生');
  });

  it('takes a wish the remedy list has no name for as 其他措施, keeping the words in the story', async () => {
    const chat = await desk.chat();
    await chat.expect('我是你们的会员，积分被清零了也没通知，上周的事', /怎么处理|什么样的解决/);
    const next = await chat.say('把积分恢复');
    expect(next.text).not.toMatch(/没理解|没太明白|怎么处理|什么样的解决/);
    const stored = await desk.complaint(chat.code());
    expect(stored.fields.remedyRequested).toEqual(['其他措施']);
    expect(stored.fields.description).toContain('把积分恢复');
  });

  it('takes a bare "对" to an open question as a nod and asks again, kindly', async () => {
    const chat = await desk.chat();
    await chat.expect('你们停车场收了我20块停车费，说好的消费满300免停车费的', /什么时候|哪天/);
    const nod = await chat.expect('对', /什么时候|哪天/);
    expect(nod.text).not.toMatch(/没理解|没太明白|如果是要投诉/);
  });

  it('takes an impatient question about a late order as the story, not as a question for the policies', async () => {
    const chat = await desk.chat();
    const turn = await chat.say('我的订单到底什么时候发货！！！ 订单号 DD20261122333 都一个礼拜了');
    expect(turn.text).not.toMatch(/具体是什么情况|发生了什么|《/);
    expect(turn.complaint).toMatchObject({ status: 'received', fields: { orderNumber: 'DD20261122333' } });
    const asking = await desk.chat();
    const question = await asking.say('请问什么时候能到店自提');
    expect(question.complaint).toBeNull();
  });

  it('takes a whole account with a question in it as the story, not as a question for the policies', async () => {
    const chat = await desk.chat();
    const turn = await chat.say(
      '老板在吗？我昨天在你们店里买了两斤车厘子 回家一看底下全是烂的 一共花了196 你们怎么做生意的',
    );
    expect(turn.text).not.toMatch(/没有找到明确的规定|具体是什么情况|发生了什么/);
    expect(turn.complaint).toMatchObject({
      status: 'received',
      fields: { product: '车厘子', occurredOn: '2026-11-27', amount: 196 },
    });
  });

  it('does not take "什么东西都不是" for the product it was asked for, and takes the one named next', async () => {
    const chat = await desk.chat();
    await chat.expect('你们家的东西质量太差了', /哪个商品或服务|哪个产品/);
    await chat.say('什么东西都不是');
    await chat.say('我是说你们卖的插线板 用了一个礼拜 插头那里都发黄了');
    expect((await desk.complaint(chat.code())).fields.product).toBe('插线板');
  });

  it('takes "不用" to the product question as no answer and moves on; "希望你们培训一下" is a wish (其他措施)', async () => {
    const chat = await desk.chat();
    await chat.expect(
      '就是想说一下你们那个新来的服务员态度真的很差 我问个问题她翻白眼 不是什么大事 就是希望你们培训一下',
      /哪个商品或服务|哪个产品/,
    );
    const turn = await chat.say('不用');
    expect(turn.text).not.toMatch(/没太明白|没理解|哪个商品或服务|哪个产品/);
    expect(turn.text).toMatch(/手机号|电话/);
    const stored = await desk.complaint(chat.code());
    expect(stored.fields.product).toBeUndefined();
    expect(stored.fields.remedyRequested).toEqual(['其他措施']);
  });

  it('answers "拍了照片" with where to send them instead of "not understood"', async () => {
    const chat = await desk.chat();
    await chat.say('前天买的电饭煲 内胆涂层掉了一大块');
    const during = await chat.say('拍了照片的');
    expect(during.text).toMatch(/直接发/);
    expect(during.text).not.toMatch(/没太明白|没理解/);
  });

  it('takes points wiped out as a story even when asked as "怎么…了", and "恢复积分" as the wish', async () => {
    const chat = await desk.chat();
    const story = await chat.say('你们的会员积分怎么突然清零了 我攒了两年的积分 三千多分');
    expect(story.text).not.toMatch(/没有找到明确的规定/);
    expect(story.complaint).toMatchObject({ status: 'received' });
    await chat.say('我要求恢复积分');
    expect((await desk.complaint(chat.code())).fields.remedyRequested).toEqual(['其他措施']);
  });

  it('takes "要是换很麻烦就算了" about one item as part of the story, not as withdrawing the complaint', async () => {
    const chat = await desk.chat();
    await chat.say('两个订单都有问题 微波炉少发了一个玻璃转盘 电热水壶颜色发错了');
    const turn = await chat.say('水壶那个其实也能凑合用 要是换很麻烦就算了');
    expect(turn.text).not.toMatch(/撤回/);
    expect(await desk.timeline(chat.code())).not.toContainEqual(expect.stringContaining('想撤回'));
  });

  it('takes a rhetorical question ("新电视怎么可能有2000小时") as the story, not as a policy question', async () => {
    const chat = await desk.chat();
    await chat.say('买的电视是翻新的 开机时间显示已经用了2000多小时');
    const turn = await chat.say('新电视怎么可能有2000小时');
    expect(turn.text).not.toMatch(/根据《/);
    expect((await desk.complaint(chat.code())).fields.description).toContain('怎么可能');
  });

  it('"没了" to the contact question moves on instead of asking again (or saying goodbye)', async () => {
    const chat = await desk.chat();
    await chat.say('上周六买的滚筒洗衣机 用了一次就漏水 卫生间全是水 我想退货');
    const turn = await chat.say('没了');
    expect(turn.text).not.toMatch(/祝您生活愉快|手机号|联系电话/);
    expect((await desk.complaint(chat.code())).declinedFields).toEqual(expect.arrayContaining(['phone', 'email']));
  });

  it('a question about who pays the freight is a question, not a claim for compensation', async () => {
    const chat = await desk.chat();
    await chat.say('我要退货 那个电压力锅 还没拆封 买了三天');
    const turn = await chat.say('运费谁出啊');
    expect(turn.text).toMatch(/根据《/);
    expect((await desk.complaint(chat.code())).fields.remedyRequested ?? []).not.toContain('支付补偿');
  });

  it('notes a request no policy answers ("能不能让师傅回来…") in the story instead of "没有找到明确的规定"', async () => {
    const chat = await desk.chat();
    await chat.say('装空调的师傅把我家墙纸划了一大道，前天装的，要求赔偿，电话13761590027');
    const turn = await chat.say('能不能让师傅回来重新走一下管子');
    expect(turn.text).toMatch(/要求.*记下/);
    expect(turn.text).not.toMatch(/没有找到明确的规定/);
    expect((await desk.complaint(chat.code())).fields.description).toContain('重新走一下管子');
    // A request the policies do answer is answered.
    const answered = await chat.say('能不能开专票');
    expect(answered.text).toMatch(/《电子发票开具与更正》/);
    // Once registered, such a request goes into the timeline.
    await chat.say('不知道订单号 我姓刘');
    await chat.expect('对', /TS-\d{8}-\d{4}/);
    await chat.expect('能不能周六上午来', /要求.*记下/);
    expect(await desk.timeline(chat.code())).toContainEqual(expect.stringContaining('能不能周六上午来'));
  });

  it.each([
    '我的快递被你们弄丢了',
    '发票开错了',
    '你们找错钱了',
    '遥控器换了电池也不行',
    '买了三天就降价了',
    '我的热水器显示E3代码',
  ])('takes a short story as a story: "%s"', async (text) => {
    const chat = await desk.chat();
    const turn = await chat.say(text);
    expect(turn.text).not.toMatch(/具体是什么情况|发生了什么|没理解/);
    expect(turn.complaint).toMatchObject({ status: 'received' });
  });

  it('reads "退钱" about a service named earlier as the fee back, not a return of goods', async () => {
    const chat = await desk.chat();
    await chat.say('我上个月充了2000块的会员卡，现在店倒闭了找不到人');
    await chat.say('退钱');
    expect((await desk.complaint(chat.code())).fields.remedyRequested).toEqual(['退还其他已产生费用']);
  });
});

describe('feelings and wording', () => {
  it('answers anger with more care than a calm report, and never blames the customer', async () => {
    const calm = await desk.chat();
    const calmTurn = await calm.say('上周买的台灯开关有点松');
    expect(calmTurn.text).not.toMatch(/非常抱歉|气愤|生气/);

    const angry = await desk.chat();
    const angryTurn = await angry.say('气死我了！！你们卖的什么垃圾吹风机，用一次就不出热风了，太过分了');
    expect(angryTurn.text).toMatch(/抱歉|对不起/);
    expect(angryTurn.text).toMatch(/理解|失望|气/);
    for (const text of [calmTurn.text, angryTurn.text]) {
      expect(text).not.toMatch(/您(应该|自己)|是您的问题|使用不当|不可能/);
    }
  });

  it('varies its wording and keeps replies short', async () => {
    const chat = await desk.chat();
    const turns = [
      await chat.say('你好'),
      await chat.say('嗯嗯'),
      await chat.say('电动牙刷刷头掉了，才用一个礼拜'),
      await chat.say('上周六买的'),
    ];
    const all = turns.flatMap((t) => t.replies);
    expect(new Set(all).size).toBe(all.length);
    for (const text of all) expect(text.length).toBeLessThan(160);
  });
});

describe('a customer who never confirms', () => {
  it('still has a received complaint, and is registered as it stands after two non-answers', async () => {
    const chat = await desk.chat();
    await chat.say('前天买的蓝牙耳机左耳没声音，我要换一个，电话13712340000，订单号没有，名字不想说');
    const code = chat.code();
    expect((await desk.complaint(code)).status).toBe('received');

    await chat.expect('我想想', /哪里不对|正确/);
    const registered = await chat.expect('哎', /按上面的信息|登记/, codePattern);
    expect(registered.text).toMatch(/24小时内/);
    expect((await desk.complaint(code)).status).not.toBe('received');
  });

  it('registers when the customer asks for the progress instead of saying "对"', async () => {
    const chat = await desk.chat();
    const summary = await chat.say('11月25号买的电热毯不热，想退货，我手机13611112222，订单号不知道，我姓赵');
    expect(summary.text).toMatch(/核对|确认/);
    const asked = await chat.expect('什么时候能处理好？', codePattern, /24小时内|2小时内/);
    expect(asked.complaint.status).not.toBe('received');
  });
});

describe('a question in the middle of the intake', () => {
  it('answers from the policies, then goes back to the open question', async () => {
    const chat = await desk.chat();
    await chat.expect('昨天收到的电水壶底座是裂的', /怎么处理|什么样的解决/);
    const answer = await chat.expect('发票怎么开？', /《电子发票开具与更正》/, /怎么处理|什么样的解决/);
    expect(answer.complaint?.fields?.product).not.toBe('发票');
  });
});
