// 方案沟通 by the bot: a remedy a sample policy fully covers is offered citing the policy; yes closes the case and asks
// for a score, no keeps it open and hands it to a human (guide 六(九)); cases outside the rules go to a human.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codePattern, openDesk, type TranscriptDesk } from './chat.ts';

let desk: TranscriptDesk;
beforeAll(async () => {
  desk = await openDesk();
});
afterAll(() => desk.dispose());

/** A defective kettle bought two days ago, the customer wanting an exchange: 《质量问题换货》 covers it. */
async function exchangeOffered() {
  const chat = await desk.chat();
  await chat.say('前天买的电热水壶不加热了，想换一个新的，电话13400001111，订单号 KT20261126，我姓韩');
  const offer = await chat.expect('对', codePattern, /《质量问题换货》/, /换同型号新品/, /接受/);
  expect(offer.complaint).toMatchObject({ status: 'proposed', queue: null });
  return { chat, code: chat.code() };
}

describe('a policy offer', () => {
  it('accepted: the case closes as accepted with the remedy recorded, and the score is asked and stored', async () => {
    const { chat, code } = await exchangeOffered();
    const accepted = await chat.expect('可以，接受', /已按方案/, /1-5 分/);
    expect(accepted.complaint).toMatchObject({ status: 'closed' });
    const stored = await desk.complaint(code);
    expect(stored).toMatchObject({ status: 'closed', outcome: 'accepted' });
    await chat.expect('5', /谢谢|感谢/);
    const survey = await desk.db.surveyResponse.findFirstOrThrow({ where: { complaint: { code } } });
    expect(survey.score).toBe(5);
    // After the survey the customer starts afresh.
    await chat.expect('你好', /说说|什么情况|发生了什么/);
  });

  it('refused: the case stays open and goes to a human, with the queue position or a time', async () => {
    const { chat, code } = await exchangeOffered();
    const refused = await chat.expect('不接受，我要退钱', /转给人工|一线客服/, /下一位|前面还有\d+位|前会有人联系您/);
    expect(refused.complaint).toMatchObject({ queue: 'frontline' });
    const stored = await desk.complaint(code);
    expect(stored.status).toBe('investigating');
    expect(stored.handoffReason).toBe('proposal_refused');
    expect(stored.timeline.map((e: { type: string }) => e.type)).toContain('proposal_refused');
  });

  it('a question while the offer is open is answered, then the offer is put again', async () => {
    const { chat } = await exchangeOffered();
    const answer = await chat.expect('换货的运费谁出？', /《/, /接受/);
    expect(answer.complaint.status).toBe('proposed');
  });

  it('"你是真人吗" while the offer waits is answered honestly and the offer stays open, no handoff', async () => {
    const { chat, code } = await exchangeOffered();
    const turn = await chat.expect('你是真人吗', /不是真人/, /接受/);
    expect(turn.text).not.toMatch(/已转给|转接/);
    expect((await desk.complaint(code)).queue).toBeNull();
  });

  it('an unwanted, unopened item two days after delivery is offered the 7-day return', async () => {
    const chat = await desk.chat();
    await chat.say('我那个电暖器不想要了，还没拆封，前天到的，要退货，电话13911110000，订单号 NH20261127，我姓孟');
    await chat.expect('对', /《七天无理由退货》/, /接受/);
  });

  it('goods broken in transport, delivered two days ago, with 补发 asked for: the transport-damage policy is offered', async () => {
    const chat = await desk.chat();
    await chat.say('前天到的快递，外箱破了，里面的杯子碎了两个，补发吧，电话18600001111，订单号 BX20261127，我姓周');
    await chat.expect('对', /《运输损坏处理》/, /补发新品/, /接受/);
  });

  it('a return within 7 days is offered under 《七天无理由退货》', async () => {
    const chat = await desk.chat();
    await chat.say('昨天收到的毛绒玩具和图片上颜色不一样，想退货，电话13400002222，订单号 TY20261127，我姓邓');
    await chat.expect('对', /《七天无理由退货》/);
  });
});

describe('outside the rules', () => {
  it('a high-severity case gets no automatic offer: a human decides', async () => {
    const chat = await desk.chat();
    await chat.say(
      '气死我了！！前天买的电热水壶又坏了，你们这是什么垃圾质量，太过分了，换一个，电话13400003333，订单号不知道，姓邵',
    );
    const ack = await chat.expect('对', codePattern, /一线客服|投诉专员/);
    expect(ack.text).not.toMatch(/《质量问题换货》/);
    const stored = await desk.complaint(chat.code());
    expect(['high', 'critical']).toContain(stored.severity);
    expect(stored.queue).not.toBeNull();
  });
});
