// Fast paths (SPEC §4): safety goes to a specialist at once with safety and evidence advice, spill-over risk to a
// specialist, and a customer asking for a human gets one within two turns with a queue position or a time.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codePattern, openDesk, type TranscriptDesk } from './chat.ts';

let desk: TranscriptDesk;
beforeAll(async () => {
  desk = await openDesk();
});
afterAll(() => desk.dispose());

const collectingQuestions = /哪个产品|哪个商品|哪天|什么时候的|怎么处理|什么样的解决|订单号|怎么称呼/;

describe('safety', () => {
  it('an electric shock: advice first, registered critical, specialist at once, only the contact asked', async () => {
    const chat = await desk.chat();
    const turn = await chat.say('你们的电热水壶漏电！！我老婆倒水的时候手被电了一下，现在手还是麻的');
    expect(turn.replies[0]).toMatch(/停止使用/);
    expect(turn.replies[0]).toMatch(/断开电源|断电/);
    expect(turn.replies[0]).toMatch(/就医/);
    expect(turn.replies[0]).toMatch(/保留|拍照/);
    expect(turn.text).toMatch(codePattern);
    expect(turn.text).toMatch(/投诉专员/);
    expect(turn.text).toMatch(/今天12:00前/);
    expect(turn.text).toMatch(/手机号/);
    expect(turn.text).not.toMatch(collectingQuestions);
    expect(turn.complaint).toMatchObject({ status: 'assessed', severity: 'critical', queue: 'specialist' });

    const phone = await chat.expect('13800001111', /13800001111/);
    expect(phone.text).not.toMatch(collectingQuestions);
    const stored = await desk.complaint(chat.code());
    expect(stored).toMatchObject({
      severity: 'critical',
      safety: true,
      immediateAction: true,
      queue: 'specialist',
      handoffReason: 'safety',
      fields: { phone: '13800001111', product: '电热水壶' },
    });
    const queue = await desk.admin.get('/queues/specialist', (await import('./chat.ts')).adminToken);
    expect(queue.body.items[0].code).toBe(chat.code());
  });

  it('food safety: stop eating, see a doctor, keep the leftovers', async () => {
    const chat = await desk.chat();
    const turn = await chat.say('昨天在你们店买的酸奶，孩子喝了以后上吐下泻，里面还有黑色的异物');
    expect(turn.replies[0]).toMatch(/停止食用/);
    expect(turn.replies[0]).toMatch(/就医/);
    expect(turn.replies[0]).toMatch(/剩余的食品|包装/);
    expect(turn.complaint).toMatchObject({ severity: 'critical', queue: 'specialist' });
    expect((await desk.complaint(chat.code())).fields.occurredOn).toBe('2026-11-27');
  });

  it('after the handoff: when and what fill the record, a withheld phone is respected, "对" is acknowledged', async () => {
    const chat = await desk.chat();
    await chat.say('我点的外卖里面吃出来一根头发，恶心死了');
    const code = chat.code();
    const when = await chat.say('就是昨天晚上点的，牛肉面');
    expect(when.text).toContain(code);
    expect(when.text).not.toMatch(/没理解|没太明白/);
    expect((await desk.complaint(code)).fields.occurredOn).toBe('2026-11-27');

    const refusal = await chat.say('电话不想给');
    expect(refusal.text).toMatch(/没关系|尊重/);
    expect(refusal.text).not.toMatch(/手机号|电话/);
    expect((await desk.complaint(code)).declinedFields).toContain('phone');

    const ok = await chat.say('对的');
    expect(ok.text).toMatch(/好的|收到/);
    expect(ok.text).not.toMatch(/没理解|没太明白|遇到什么问题/);
  });

  it('after the handoff: a bare purchase date fills the record, a remark is not answered as if the complaint were new', async () => {
    const chat = await desk.chat();
    await chat.say('你们家的充电器充了两天就烧了，插头都黑了');
    const code = chat.code();
    await chat.expect('12月1号买的', new RegExp(code));
    expect((await desk.complaint(code)).fields.occurredOn).toBe('2025-12-01');
    const remark = await chat.say('还好没起火');
    expect(remark.text).not.toMatch(/遇到什么问题|如果是要投诉/);
    const used = await chat.say('还没用几天');
    expect(used.text).not.toMatch(/《/);
  });

  it('a danger told after registration raises the complaint to critical and moves it to a specialist', async () => {
    const chat = await desk.chat();
    await chat.say('前天买的插座有个插孔松，想换一个，电话13122223333，订单号不知道，姓冯');
    await chat.expect('对', codePattern);
    const code = chat.code();
    const before = await desk.complaint(code);
    expect(before.severity).not.toBe('critical');

    const danger = await chat.say('刚才插上电水壶，插座冒烟了还烧黑了一块，差点着火');
    expect(danger.replies[0]).toMatch(/停止使用/);
    expect(danger.text).toMatch(/投诉专员/);
    const after = await desk.complaint(code);
    expect(after).toMatchObject({ severity: 'critical', safety: true, queue: 'specialist' });
    expect(after.timeline.map((e: { type: string }) => e.type)).toContain('reassessed');
  });
});

describe('spill-over risk', () => {
  it('goes to a specialist with a soothing reply that never argues', async () => {
    const chat = await desk.chat();
    const turn = await chat.say(
      '你们的空调安装师傅把我家墙打穿了还不管，再不处理我就去12315投诉，还要发抖音曝光你们！',
    );
    expect(turn.text).toMatch(/理解|抱歉/);
    expect(turn.text).toMatch(/投诉专员/);
    expect(turn.text).not.toMatch(/请不要|不要去|没必要|威胁/);
    expect(turn.text).toMatch(/手机号|电话/);
    const stored = await desk.complaint(chat.code());
    expect(stored).toMatchObject({ queue: 'specialist', spilloverRisk: true, handoffReason: 'spillover_risk' });
    expect(['high', 'critical']).toContain(stored.severity);
  });

  it('a threat after registration moves an ordinary complaint to a specialist', async () => {
    const chat = await desk.chat();
    await chat.say('上周买的床单洗一次就严重褪色，想退货，电话13900003333，没有订单号，我姓林');
    await chat.say('对');
    const code = chat.code();
    const threat = await chat.expect('三天了都没人理我，我已经找好律师了，准备起诉', /投诉专员/);
    expect(threat.text).not.toMatch(/请不要|不要去/);
    const stored = await desk.complaint(code);
    expect(stored).toMatchObject({ queue: 'specialist', spilloverRisk: true });
    expect(stored.timeline.map((e: { note: string }) => e.note).join('\n')).toContain('律师');
  });
});

describe('asking for a human', () => {
  it('gets one at once, with the queue position and a time, and the story is taken while waiting', async () => {
    const first = await desk.chat();
    const a = await first.expect('转人工', /一线客服/, /下一位|前面还有\d+位/, /前会有人联系您/);
    expect(a.complaint).toMatchObject({ queue: 'frontline', severity: 'high' });
    expect(a.text).toMatch(/说说遇到的问题/);
    // Nothing told yet: no category is guessed from the stand-in text ("人工服务" once read as 不良服务).
    expect(a.complaint.category).toBe('其他问题');

    const second = await desk.chat();
    const b = await second.expect('我不想跟机器人说话，叫你们经理出来', /一线客服/, /前面还有1位|前面还有\d+位/);
    expect(b.complaint.queue).toBe('frontline');

    const story = await first.expect('我买的微波炉转盘不转了，加热也不均匀', /已补充|记到/);
    expect(story.complaint.fields.description).toBe('我买的微波炉转盘不转了，加热也不均匀');
    const stored = await desk.complaint(first.code());
    expect(stored.fields.description).not.toContain('顾客要求人工服务');
    // Registered on "转人工" alone, the complaint is categorised from the story once it comes, and its fields taken.
    expect(stored.category).toBe('有缺陷的产品');
    expect(stored.fields.product).toBe('微波炉');
    expect(stored.severity).toBe('high');
    expect(await desk.timeline(first.code())).toContainEqual(expect.stringMatching(/^reassessed:.*有缺陷的产品/));
  });

  it('a story told after "转人工" that turns out dangerous is raised to critical and moved to a specialist', async () => {
    const chat = await desk.chat();
    await chat.expect('转人工', /一线客服/);
    const turn = await chat.expect('上周买的电暖器 插头烧焦了还冒烟 差点着火', /停止使用/, /投诉专员/);
    expect(turn.complaint).toMatchObject({ severity: 'critical', queue: 'specialist', category: '有缺陷的产品' });
    expect(turn.complaint.fields).toMatchObject({ product: '电暖器', occurredOn: '2026-11-16' });
  });

  it('mid-intake: handed over in the same turn, keeping what was said', async () => {
    const chat = await desk.chat();
    await chat.expect('买的电动车充电器充不进电', /哪天|什么时候|怎么处理/);
    const turn = await chat.expect('跟你说不清楚，给我转人工', /一线客服/, /下一位|前面还有\d+位/);
    expect(turn.complaint).toMatchObject({ queue: 'frontline' });
    expect(turn.complaint.fields.description).toContain('充不进电');
    // No contact yet: the human needs one, asked once.
    expect(turn.text).toMatch(/手机号|电话/);
  });

  it('"还有个事" before the first story is told is that story, not a second complaint', async () => {
    const chat = await desk.chat();
    await chat.say('找你们负责人');
    const code = chat.code();
    await chat.expect('还有个事', /说说|什么情况|发生了什么/);
    await chat.expect('我家的热水器装好第二天就不出热水了', /已补充|记到/, new RegExp(code));
    const stored = await desk.complaint(code);
    expect(stored.fields.description).toBe('我家的热水器装好第二天就不出热水了');
    expect(chat.code()).toBe(code);
  });

  it('asking again while waiting answers with the queue and the time, not a second handoff', async () => {
    const chat = await desk.chat();
    await chat.say('人工客服');
    const again = await chat.expect('人工！！！', /一线客服/, /前会有人联系您/);
    const stored = await desk.complaint(chat.code());
    expect(stored.timeline.filter((e: { type: string }) => e.type === 'handed_off')).toHaveLength(1);
    expect(again.text).not.toMatch(/说说遇到的问题/);
  });

  it('a phone given while asking for the human again is filed, not lost to the status answer', async () => {
    const chat = await desk.chat();
    await chat.say('转人工');
    await chat.expect('行 那你记一下 让人工明天上午打我电话 15655089230 冰箱的事', /15655089230/);
    expect((await desk.complaint(chat.code())).fields.phone).toBe('15655089230');
  });
});
