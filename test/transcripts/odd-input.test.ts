// Everything else a real customer sends: emoji, empty or huge messages, English, abuse, chit-chat, praise, "你是机器人吗",
// and questions that are not complaints. Each gets a sensible answer; none registers a complaint by mistake.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codePattern, openDesk, type TranscriptDesk } from './chat.ts';

let desk: TranscriptDesk;
beforeAll(async () => {
  desk = await openDesk();
});
afterAll(() => desk.dispose());

describe('messages with no words', () => {
  it('emoji, an empty string and spaces: asks for words, registers nothing', async () => {
    const chat = await desk.chat();
    for (const text of ['😡😡😡', '', '   ', '？？？']) {
      const turn = await chat.expect(text, /文字|说说|什么问题/);
      expect(turn.complaint).toBeNull();
    }
  });

  it('an emoji in the middle of the intake repeats the open question', async () => {
    const chat = await desk.chat();
    await chat.expect('刚买的保温杯不保温，倒进去的开水一个小时就凉了', /哪天|什么时候|怎么处理/);
    const turn = await chat.expect('👍', /哪天|什么时候|怎么处理|什么样的解决/);
    expect(turn.complaint.status).toBe('received');
  });
});

describe('a 5,000-character message', () => {
  it('is answered fast, stored whole, and registered from its start', async () => {
    const chat = await desk.chat();
    const story = '我上周三买的电热水壶用了两天就不加热了，客服一直不回消息，';
    const long = story.repeat(200).slice(0, 5000);
    const started = Date.now();
    const turn = await chat.expect(long, /完整保存/);
    expect(Date.now() - started).toBeLessThan(3000);
    const stored = await desk.complaint(chat.code());
    expect(stored.fields.description).toHaveLength(5000);
    expect(stored.fields.product).toBe('电热水壶');
    expect(stored.messages.find((m: { direction: string }) => m.direction === 'inbound').text).toHaveLength(5000);
    expect(turn.text.length).toBeLessThan(400);
  });

  it('refuses a message past the web chat limit with a clear error, never a 5xx', async () => {
    const chat = await desk.chat();
    const turn = await chat.say('太'.repeat(25_000));
    expect(turn.status).toBeGreaterThanOrEqual(400);
    expect(turn.status).toBeLessThan(500);
  });
});

describe('English', () => {
  it('a greeting in English gets a bilingual pointer; a complaint in English is registered for a human', async () => {
    const chat = await desk.chat();
    const hello = await chat.expect('hello, is anyone there?', /中文/, /Chinese/);
    expect(hello.complaint).toBeNull();
    const complaint = await chat.expect(
      'The kettle I bought last week stopped working after two days, I want a refund',
      /registered/,
      codePattern,
      /一线客服/,
    );
    expect(complaint.complaint).toMatchObject({ queue: 'frontline' });
    expect((await desk.complaint(chat.code())).handoffReason).toBe('low_confidence');
  });
});

describe('abuse', () => {
  it('is met with calm and an apology, never argued with, and registers nothing until there is a story', async () => {
    const chat = await desk.chat();
    for (const text of ['滚', '你们这群骗子，垃圾店', '你们客服是死了吗']) {
      const turn = await chat.expect(text, /抱歉|消消气|对不起/);
      expect(turn.text).not.toMatch(/请注意(您的)?(言辞|用语)|文明|不要骂/);
      expect(turn.complaint).toBeNull();
    }
    const story = await chat.expect('买的剃须刀刀头三天就钝了，刮得脸生疼', /哪天|什么时候|怎么处理/);
    expect(story.complaint.fields.description).toBe('买的剃须刀刀头三天就钝了，刮得脸生疼');
  });

  it('after registering, abuse is soothed and noted for the handler', async () => {
    const chat = await desk.chat();
    await chat.say('11月26号买的电热水袋漏水，想退货，电话13100001111，订单号不知道，我姓潘');
    await chat.say('对');
    const code = chat.code();
    await chat.expect('你们就是一群骗子', /抱歉|对不起/, new RegExp(code));
    expect(await desk.timeline(code)).toContainEqual(expect.stringContaining('一群骗子'));
  });
});

describe('chit-chat, praise and "are you a robot"', () => {
  it('chit-chat: says what the bot can do, and offers a human the second time', async () => {
    const chat = await desk.chat();
    const first = await chat.expect('今天天气不错', /投诉|进度|人工/);
    expect(first.complaint).toBeNull();
    await chat.expect('你吃饭了吗', /转人工|人工/);
  });

  it('a request the shop cannot serve ("帮我写一篇作文") says what the bot is for and takes no story', async () => {
    const chat = await desk.chat();
    const turn = await chat.say('帮我写一篇关于环保的作文 800字');
    expect(turn.text).toMatch(/客服助手/);
    expect(turn.complaint).toBeFalsy();
    await chat.expect('给我讲个笑话', /客服助手/);
    const story = await chat.say('好吧 我的冰箱不制冷了 昨天买的');
    expect(story.complaint).toMatchObject({ status: 'received' });
    expect((await desk.complaint(chat.code())).fields.description).not.toContain('作文');
  });

  it('praise that names a service ("想夸一下你们的安装师傅") is thanks, not a complaint', async () => {
    const chat = await desk.chat();
    const turn = await chat.say('想夸一下你们的安装师傅');
    expect(turn.text).toMatch(/谢谢|感谢/);
    expect(turn.complaint).toBeFalsy();
  });

  it('praise and thanks are answered warmly, without registering anything', async () => {
    const chat = await desk.chat();
    const turn = await chat.expect('你们客服态度很好，点赞', /谢谢|不客气/);
    expect(turn.complaint).toBeNull();
  });

  it('"在？" is a greeting, not a question for the knowledge base', async () => {
    const chat = await desk.chat();
    const turn = await chat.expect('在？', /说说|什么情况/);
    expect(turn.text).not.toMatch(/规定|《/);
  });

  it('"你是真人吗" is a question about the bot, not a request for one', async () => {
    const chat = await desk.chat();
    const turn = await chat.expect('你是真人吗', /不是真人/);
    expect(turn.text).not.toMatch(/已转给|转接/);
    expect(turn.complaint).toBeNull();
  });

  it('"你是机器人吗" is answered honestly, without a handoff', async () => {
    const chat = await desk.chat();
    const turn = await chat.expect('你是机器人吗', /AI|机器人/, /不是真人/, /人工/);
    expect(turn.complaint).toBeNull();
    expect(turn.text).not.toMatch(/已转给/);
  });
});

describe('questions that are not complaints', () => {
  it('answers from the knowledge base, citing the policy, and registers nothing', async () => {
    const chat = await desk.chat();
    const invoice = await chat.expect('请问发票怎么开？', /《电子发票开具与更正》/, /电子普通发票/);
    expect(invoice.complaint).toBeNull();
    const hours = await chat.expect('你们几点下班', /《服务时间与联系方式》/, /22:00/);
    expect(hours.complaint).toBeNull();
    const special = await chat.expect(
      '您好，请问你们支持开专票吗？我们是公司采购',
      /《电子发票开具与更正》/,
      /专用发票/,
    );
    expect(special.complaint).toBeNull();
  });

  it('"我想问一下…是怎样的" is a question, answered from the matching policy, and a problem asked as a question is a story', async () => {
    const chat = await desk.chat();
    const policy = await chat.expect('我想问一下 你们的退货政策是怎样的', /《七天无理由退货》/);
    expect(policy.complaint).toBeNull();
    const story = await chat.say('我买的鞋子大了一码 能换吗');
    expect(story.complaint?.fields).toMatchObject({
      description: '我买的鞋子大了一码 能换吗',
      product: '鞋子',
      remedyRequested: ['更换产品'],
    });
  });

  it('"我的快递到哪了" says where tracking is shown and what the bot can do, and registers nothing', async () => {
    const chat = await desk.chat();
    const turn = await chat.expect('我的快递到哪了', /查不到|看不到/, /订单号和情况/);
    expect(turn.complaint).toBeNull();
    expect(turn.text).not.toMatch(/投诉记录|运输损坏/);
  });

  it('says it does not know rather than guess, and offers a human', async () => {
    const chat = await desk.chat();
    const turn = await chat.expect('你们卖不卖手机', /没有找到|不敢乱说/, /人工/);
    expect(turn.complaint).toBeNull();
  });
});
