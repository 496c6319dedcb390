// 投诉跟踪 from the customer's side: "我的投诉到哪一步了" with or without the code, details added after registering,
// a second complaint, an agent-owned conversation, and a customer who comes back days later or in a new session.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminToken, codePattern, openDesk, type TranscriptDesk } from './chat.ts';

let desk: TranscriptDesk;
beforeAll(async () => {
  desk = await openDesk();
});
afterAll(() => desk.dispose());

/** A registered complaint with a phone, handed to the frontline queue. */
async function registered(phone: string) {
  const chat = await desk.chat();
  await chat.say(`前天买的电烤箱温度不准，烤什么都糊，想退货，还要赔偿我买的食材，电话${phone}，订单号不知道，我姓何`);
  await chat.expect('对', codePattern);
  return { chat, code: chat.code() };
}

describe('asking for the status', () => {
  it('answers with or without the code, and names who handles it and when', async () => {
    const { chat, code } = await registered('13700001111');
    const plain = await chat.expect('我的投诉到哪一步了', new RegExp(code), /一线客服/, /前会有人联系您/);
    expect(plain.text).not.toMatch(/没有登记/);
    await chat.expect(`${code.toLowerCase()} 处理得怎么样了`, new RegExp(code), /等待处理|处理中/);

    const agent = await desk.addAgent('frontline');
    await desk.admin.post(`/complaints/${code}/claim`, agent.token);
    await desk.admin.post(`/complaints/${code}/release`, agent.token, { note: '等顾客寄回' });
    await chat.expect('进度', /处理中/);
  });

  it('answers "what happens next" and "when will someone call" with the status', async () => {
    const { chat, code } = await registered('13700001112');
    await chat.expect('那下一步是什么？', new RegExp(code), /前会有人联系您/);
    await chat.expect('多久才会有人联系我', new RegExp(code), /一线客服/);
    await chat.expect('是有人会打电话给我吗', new RegExp(code));
    await chat.expect('然后呢？', new RegExp(code));
    await chat.expect('能再给我一下投诉编号吗', new RegExp(code));
  });

  it('says so when nothing was filed, and when a code does not exist', async () => {
    const chat = await desk.chat();
    await chat.expect('查一下我的投诉进度', /还没有您的投诉记录/, /投诉编号/);
    await chat.expect('TS-20260101-0099 到哪一步了', /没有查到|没查到/);
  });

  it('takes impatience about an earlier complaint as a status question, not as a new story', async () => {
    const chat = await desk.chat();
    const turn = await chat.expect('我投诉的事情怎么样了 都一个星期了没人联系我', /投诉编号/);
    expect(turn.complaint).toBeNull();
  });

  it('shows another session’s complaint only with the phone it was filed with, then follows it here', async () => {
    const { code } = await registered('13755556666');
    const stranger = await desk.chat();
    const asked = await stranger.expect(`${code} 到哪一步了`, /手机号/);
    expect(asked.text).not.toMatch(/等待处理|一线客服|处理中/);
    const wrong = await stranger.expect('13700009999', /不一致/);
    expect(wrong.text).not.toMatch(/一线客服/);

    const returning = await desk.chat();
    await returning.expect(`帮我查下 ${code}`, /手机号/);
    const shown = await returning.expect('13755556666', new RegExp(code), /一线客服/, /关联/);
    expect(shown.complaint?.code).toBe(code);
    await returning.expect('补充一下，烤箱门的玻璃也有一道裂纹', /已补充|记到/);
    expect(await desk.timeline(code)).toContainEqual(expect.stringContaining('玻璃也有一道裂纹'));
  });

  it('an upset customer quoting the code of an earlier complaint is answered about it; a threat raises that one', async () => {
    const { code } = await registered('13755557777');
    const before = await desk.complaint(code);
    const filed = await desk.db.complaint.count();
    const returning = await desk.chat();
    await returning.expect(`我之前投诉过，编号${code}，怎么还没人联系我`, /手机号/);
    await returning.expect('13755557777', new RegExp(code), /关联/);
    await returning.expect('再不处理我就打12315了', /投诉专员/);
    const after = await desk.complaint(code);
    expect(after).toMatchObject({ queue: 'specialist', spilloverRisk: true, category: before.category });
    expect(after.fields.description).toContain(before.fields.description);
    expect(after.fields.orderNumber).toBe(before.fields.orderNumber);
    expect(await desk.db.complaint.count()).toBe(filed);
  });
});

describe('after registering', () => {
  it('puts later details into the timeline without losing the story or changing the date by chit-chat', async () => {
    const { chat, code } = await registered('13700002222');
    const before = await desk.complaint(code);
    await chat.expect('对了，我发现烤盘边上还有一块掉漆', /已补充|记到/);
    await chat.expect('今天天气不错', /没太明白|没理解/);
    const after = await desk.complaint(code);
    expect(after.fields.occurredOn).toBe(before.fields.occurredOn);
    expect(after.fields.description).toContain('温度不准');
    expect(after.fields.description).toContain('掉漆');
    const details = after.timeline.filter((e: { type: string }) => e.type === 'customer_added_details');
    expect(details.map((e: { note: string }) => e.note)).toEqual(['对了，我发现烤盘边上还有一块掉漆']);
  });

  it('opens a second complaint for "还有一个问题" while the first waits for a human, keeping the phone', async () => {
    const { chat, code } = await registered('13700003333');
    const second = await chat.expect('还有一个问题，上次买的电饭煲少发了一个内胆', /另|新/);
    const secondCode = chat.code();
    expect(secondCode).not.toBe(code);
    expect(second.complaint).toMatchObject({ status: 'received', fields: { product: '电饭煲', phone: '13700003333' } });
    expect(second.text).not.toMatch(/手机号|电话或邮箱/);
    const first = await desk.complaint(code);
    expect(first.fields.description).not.toContain('内胆');
    expect(first.queue).toBe('frontline');

    const both = await chat.expect('进度', new RegExp(code), new RegExp(secondCode));
    expect(both.text).toMatch(/2 条/);
  });

  it('a change of mind: nothing is registered before the story; afterwards the withdrawal is noted for the staff', async () => {
    const early = await desk.chat();
    await early.expect('我要投诉', /发生了什么|什么情况/);
    const dropped = await early.expect('算了', /不登记/);
    expect(dropped.complaint).toBeNull();

    const { chat, code } = await registered('13700005555');
    await chat.expect('算了，问题已经解决了，不投诉了', new RegExp(code), /撤回/);
    const stored = await desk.complaint(code);
    expect(stored.status).not.toBe('closed');
    expect(stored.timeline.map((e: { note: string }) => e.note).join('\n')).toContain('撤回');
  });

  it('keeps a phone given while an agent held the chat after the agent hands it back to the bot', async () => {
    const { chat, code } = await registered('13700006666');
    const agent = await desk.addAgent('frontline');
    expect((await desk.admin.post(`/complaints/${code}/claim`, agent.token)).status).toBe(200);
    await chat.say('以后打这个号码吧 13700008888');
    expect((await desk.admin.post(`/complaints/${code}/release`, agent.token)).status).toBe(200);
    await chat.say('另外还要你们道个歉');
    const stored = await desk.complaint(code);
    expect(stored.fields.phone).toBe('13700008888');
    expect(stored.fields.remedyRequested).toContain('道歉');
  });

  it('stays silent while an agent owns the conversation; the agent sees the message; the bot asks for a score after closing', async () => {
    const { chat, code } = await registered('13700004444');
    const agent = await desk.addAgent('frontline');
    expect((await desk.admin.post(`/complaints/${code}/claim`, agent.token)).status).toBe(200);

    const silent = await chat.say('你好，有人吗？什么时候给我退？');
    expect(silent.status).toBe(200);
    expect(silent.replies).toEqual([]);
    const also = await chat.say('还有一个问题，上次的烤箱手套也破了');
    expect(also.replies).toEqual([]);
    const seen = await desk.complaint(code);
    expect(seen.messages.at(-1)).toMatchObject({ direction: 'inbound', text: '还有一个问题，上次的烤箱手套也破了' });
    expect((await desk.admin.get('/complaints?q=%E7%83%A4%E7%AE%B1%E6%89%8B%E5%A5%97', adminToken)).body.items).toEqual(
      [],
    );
    // Still silent, but a new contact or a photo reaches the record the agent works from.
    const contact = await chat.say('换个号码联系我吧，13700005555');
    expect(contact.replies).toEqual([]);
    expect((await desk.complaint(code)).fields.phone).toBe('13700005555');

    await desk.admin.post(`/complaints/${code}/close`, agent.token, { outcome: 'accepted', note: '已退货退款' });
    const scored = await chat.expect('4分，处理还算快', /谢谢|感谢/);
    expect(scored.replies.length).toBe(1);
    const survey = await desk.db.surveyResponse.findFirstOrThrow({ where: { complaint: { code } } });
    expect(survey.score).toBe(4);
  });
});

describe('coming back', () => {
  it('days later in the same session: greeted with the status, and an apology when the contact time has passed', async () => {
    const own = await openDesk();
    try {
      const chat = await own.chat();
      // No policy settles this wish, so it waits for a person, whose contact time passes.
      await chat.say('11月25号买的电暖器开了就跳闸，你们得给个说法，电话13600007777，订单号不知道，我姓谢');
      await chat.say('对');
      const code = chat.code();
      own.hours(72);
      const back = await chat.expect('你好', new RegExp(code), /超过约定的联系时间|抱歉/);
      expect(back.text).not.toMatch(/说说|发生了什么/);
    } finally {
      await own.dispose();
    }
  });

  it('days later with a policy offer still open: greeted with the status, then reminded of the offer', async () => {
    const own = await openDesk();
    try {
      const chat = await own.chat();
      await chat.say('11月25号买的电暖器开了就跳闸，想退货，电话13600007777，订单号不知道，我姓谢');
      await chat.expect('对', /《七天无理由退货》/);
      own.hours(72);
      await chat.expect('你好', new RegExp(chat.code()), /方案待您确认/, /接受/);
    } finally {
      await own.dispose();
    }
  });

  it('in a new session with the same phone: recognised as a repeat complaint and linked for the agents', async () => {
    const own = await openDesk();
    try {
      const first = await own.chat();
      await first.say('11月20号买的咖啡机漏水，想换一台，电话13911112222，订单号 CF20261120，我姓钱');
      await first.say('对');
      const firstCode = first.code();
      own.hours(48);

      const again = await own.chat();
      expect(again.greeting).not.toContain(firstCode);
      await again.say('换来的咖啡机还是漏水，而且蒸汽管也坏了');
      await again.say('前天');
      await again.say('退货退款');
      await again.say('13911112222');
      const done = await again.expect('不知道', /核对|确认/);
      expect(done.text).not.toContain(firstCode);
      const ack = await again.expect('对', codePattern, /不是您第一次|重复投诉/);
      expect(ack.text).not.toContain(firstCode);

      const second = await own.complaint(again.code());
      expect(second.repeat).toBe(true);
      expect(['high', 'critical']).toContain(second.severity);
      expect(second.timeline.map((e: { note: string }) => e.note).join('\n')).toContain(firstCode);
    } finally {
      await own.dispose();
    }
  });
});

describe('leaving mid-intake', () => {
  it('is registered with what is known after half an hour of silence and queued for a human, told on the channel', async () => {
    const chat = await desk.chat();
    await chat.expect('你们家的吸尘器用了一周吸力就没了，声音还特别大', /什么时候|什么样的解决|订单号/);
    const code = chat.code();
    expect((await desk.complaint(code)).status).toBe('received');

    desk.clock.advance(29 * 60_000);
    await desk.sla.tick();
    expect((await desk.complaint(code)).status).toBe('received');
    expect(desk.deliveredTo(chat.sessionId)).toEqual([]);

    desk.clock.advance(2 * 60_000);
    await desk.sla.tick();
    const stored = await desk.complaint(code);
    expect(stored).toMatchObject({
      status: 'assessed',
      queue: 'frontline',
      handoffReason: 'intake_unfinished',
      category: '有缺陷的产品',
      fields: { product: '吸尘器' },
    });
    const told = desk
      .deliveredTo(chat.sessionId)
      .map((e) => e.text)
      .join('\n');
    expect(told).toMatch(/先.*正式登记/);
    expect(told).toContain(code);
    expect(told).toMatch(/一线客服/);
    // The history the widget reloads shows the same, stored once.
    const history = await desk.call('GET', `/api/chat/sessions/${chat.sessionId}/messages`);
    expect(history.body.items.filter((m: { text: string }) => m.text.includes(code))).toHaveLength(1);

    // A later pass does nothing more, and the customer coming back is in the normal flow.
    await desk.sla.tick();
    expect(
      desk
        .deliveredTo(chat.sessionId)
        .map((e) => e.text)
        .join('\n'),
    ).toBe(told);
    await chat.expect('想退货', /已补充|记到|收到/);
  });
});

describe('photos and files', () => {
  it('are kept before the story and attached to the complaint, and attached at once after registering', async () => {
    const customer = { channel: 'wechat', externalId: 'wx:contact:photo-sender', channelIsContact: true };
    const photo = { kind: 'image' as const, name: 'kettle.jpg', ref: 'msg-photo-1' };
    const first = await desk.conversations.handleMessage({ ...customer, text: '', attachments: [photo] });
    expect(first.replies.map((r) => r.text).join()).toMatch(/图片\/文件.*(说说|几句话)/);
    expect(first.complaint).toBeNull();

    const story = await desk.conversations.handleMessage({
      ...customer,
      text: '就是这个电水壶，用了三天底座就不通电了',
    });
    const code = story.complaint!.code;
    expect((await desk.complaint(code)).fields.attachments).toEqual([photo]);

    const receipt = { kind: 'file' as const, name: '发票.pdf', ref: 'msg-file-2' };
    const later = await desk.conversations.handleMessage({ ...customer, text: '', attachments: [receipt] });
    expect(later.replies.map((r) => r.text).join()).toContain(code);
    expect((await desk.complaint(code)).fields.attachments).toEqual([photo, receipt]);

    // While an agent has the chat the bot is silent, but a photo still reaches the complaint.
    const agent = await desk.addAgent('frontline');
    expect((await desk.admin.post(`/complaints/${code}/claim`, agent.token)).status).toBe(200);
    const closeUp = { kind: 'image' as const, name: 'base.jpg', ref: 'msg-photo-3' };
    const silent = await desk.conversations.handleMessage({ ...customer, text: '', attachments: [closeUp] });
    expect(silent.replies).toEqual([]);
    expect((await desk.complaint(code)).fields.attachments).toEqual([photo, receipt, closeUp]);
  });
});
