import type { Outcome, Remedy } from '../../../../complaint/taxonomy.ts';
import type { TransferTarget } from '../../../../handoff/escalation.ts';
import { h } from '../shared/dom.ts';
import type { ComplaintDetail } from './admin-api.ts';
import type { ConsoleContext } from './console-context.ts';
import { FormProblem, formError, onSubmit } from './run-action.ts';

/**
 * What an agent can do with a complaint: claim it, reply or add a private note, transfer or escalate, propose a
 * remedy, close it with an outcome, or hand it back to the bot. The forms are made once and kept across refreshes,
 * so a live update never wipes what the agent is typing; `update` only shows or hides them.
 */
export function caseActions(ctx: ConsoleContext, code: string, reload: () => Promise<void>) {
  const { api, config } = ctx;
  const optionalNote = (field: HTMLTextAreaElement) => field.value.trim() || undefined;

  const claimForm = h(
    'form',
    { class: 'claim-form panel' },
    h('p', null, '这个投诉还没有人处理。认领后，机器人停止回复，由您直接与顾客沟通。'),
    h('button', { type: 'submit' }, '认领投诉'),
    formError(),
  );
  onSubmit(ctx, claimForm, async () => {
    await api.claim(code);
    await reload();
    return '已认领，请尽快联系顾客';
  });

  const replyText = h('textarea', { id: 'reply-text', name: 'text', rows: 3, maxlength: 5000 });
  const sendButton = h('button', { type: 'submit', value: 'reply' }, '发送给顾客');
  const hint = h('p', { class: 'hint' });
  const replyForm = h(
    'form',
    { class: 'reply-form' },
    h('label', { for: 'reply-text' }, '回复顾客或写内部备注'),
    replyText,
    hint,
    h(
      'div',
      { class: 'row' },
      sendButton,
      h('button', { type: 'submit', value: 'note', class: 'secondary' }, '添加内部备注'),
    ),
    formError(),
  );
  onSubmit(ctx, replyForm, async (submitter) => {
    const text = replyText.value.trim();
    if (!text) throw new FormProblem('请先输入内容');
    const isPrivate = submitter?.value === 'note';
    await api.message(code, text, isPrivate);
    replyText.value = '';
    await reload();
    return isPrivate ? '已添加内部备注（顾客看不到）' : '已发送给顾客';
  });

  const transferTarget = h(
    'select',
    { id: 'transfer-target', name: 'queue' },
    config.transferTargets.map((t) => h('option', { value: t }, config.escalationLabels[t])),
  );
  const transferNote = h('textarea', { id: 'transfer-note', rows: 2, maxlength: 2000 });
  const transferForm = actionForm(
    '转交 / 升级',
    [
      h('label', { for: 'transfer-target' }, '转给'),
      transferTarget,
      h('label', { for: 'transfer-note' }, '交接说明（写入跟踪记录）'),
      transferNote,
    ],
    h('button', { type: 'submit' }, '转交'),
  );
  onSubmit(ctx, transferForm.form, async () => {
    const target = transferTarget.value as TransferTarget;
    await api.transfer(code, target, optionalNote(transferNote));
    transferNote.value = '';
    transferForm.close();
    await reload();
    return `已转给${config.escalationLabels[target]}`;
  });

  const remedyBoxes = config.remedies.map((remedy, i) =>
    h(
      'label',
      { class: 'check' },
      h('input', { type: 'checkbox', name: 'remedies', value: remedy, id: `remedy-${i}` }),
      remedy,
    ),
  );
  const proposalText = h('textarea', { id: 'proposal-text', rows: 3, maxlength: 2000 });
  const proposalAmount = h('input', {
    id: 'proposal-amount',
    type: 'number',
    min: '0',
    step: '0.01',
    inputmode: 'decimal',
  });
  const proposeForm = actionForm(
    '提出处理方案',
    [
      h('fieldset', { class: 'checks' }, h('legend', null, '处理措施（附件C，可多选）'), remedyBoxes),
      h('label', { for: 'proposal-text' }, '方案说明（会发给顾客）'),
      proposalText,
      h('label', { for: 'proposal-amount' }, '涉及金额（元，可不填）'),
      proposalAmount,
    ],
    h('button', { type: 'submit' }, '发送方案'),
  );
  onSubmit(ctx, proposeForm.form, async () => {
    const remedies = remedyBoxes
      .map((label) => label.querySelector('input')!)
      .filter((box) => box.checked)
      .map((box) => box.value as Remedy);
    if (!remedies.length) throw new FormProblem('请至少选择一项处理措施');
    const text = proposalText.value.trim();
    if (!text) throw new FormProblem('请写上方案说明');
    const amount = proposalAmount.value === '' ? undefined : Number(proposalAmount.value);
    await api.propose(code, { remedies, text, amount });
    proposeForm.form.reset();
    proposeForm.close();
    await reload();
    return '方案已发给顾客';
  });

  const outcomeChoices = config.outcomes.map((outcome) =>
    h(
      'label',
      { class: 'check' },
      h('input', { type: 'radio', name: 'outcome', value: outcome, required: true }),
      config.outcomeLabels[outcome],
    ),
  );
  const closeNote = h('textarea', { id: 'close-note', rows: 2, maxlength: 2000 });
  const closeForm = actionForm(
    '结束投诉',
    [
      h('fieldset', { class: 'checks' }, h('legend', null, '处理结果'), outcomeChoices),
      h('label', { for: 'close-note' }, '备注（写入跟踪记录）'),
      closeNote,
      h('p', { class: 'hint' }, '顾客会收到结束通知和满意度调查；“未能内部解决”时会告知外部解决途径。'),
    ],
    h('button', { type: 'submit', class: 'danger' }, '结束投诉'),
  );
  onSubmit(ctx, closeForm.form, async () => {
    const chosen = closeForm.form.querySelector<HTMLInputElement>('input[name=outcome]:checked');
    if (!chosen) throw new FormProblem('请选择处理结果');
    await api.close(code, chosen.value as Outcome, optionalNote(closeNote));
    closeForm.form.reset();
    closeForm.close();
    await reload();
    return '投诉已结束，已请顾客评价';
  });

  const releaseNote = h('textarea', { id: 'release-note', rows: 2, maxlength: 2000 });
  const releaseForm = actionForm(
    '交回机器人',
    [h('label', { for: 'release-note' }, '说明（写入跟踪记录）'), releaseNote],
    h('button', { type: 'submit', class: 'secondary' }, '交回机器人'),
  );
  onSubmit(ctx, releaseForm.form, async () => {
    await api.release(code, optionalNote(releaseNote));
    releaseNote.value = '';
    releaseForm.close();
    await reload();
    return '已交回机器人';
  });

  const manage = h(
    'section',
    { class: 'panel manage', 'aria-labelledby': 'manage-title' },
    h('h3', { id: 'manage-title' }, '处理'),
    transferForm.element,
    proposeForm.element,
    closeForm.element,
    releaseForm.element,
  );

  return {
    claimForm,
    replyForm,
    manage,
    update(c: ComplaintDetail) {
      const closed = c.status === 'closed';
      const mine = c.assignee?.id === ctx.me.id;
      const senior = ctx.me.role === 'supervisor' || ctx.me.role === 'admin';
      const canReply = !closed && c.assignee !== null && (mine || senior);
      claimForm.hidden = closed || c.assignee !== null;
      sendButton.hidden = !canReply;
      hint.textContent = closed
        ? '投诉已结束，只能添加内部备注。'
        : !c.assignee
          ? '认领后即可回复顾客；内部备注随时可以添加，顾客看不到。'
          : canReply
            ? '“发送给顾客”会立即出现在顾客的对话里；内部备注顾客看不到。'
            : `由 ${c.assignee.name} 处理中，您只能添加内部备注。`;
      manage.hidden = closed || !(mine || senior);
    },
  };
}

/** A folded form (details/summary) so the side panel stays short on a phone. */
function actionForm(title: string, fields: Node[], submit: HTMLButtonElement) {
  const form = h('form', { class: 'action-form' }, fields, h('div', { class: 'row' }, submit), formError());
  const element = h('details', { class: 'action' }, h('summary', null, title), form);
  return {
    element,
    form,
    close() {
      element.open = false;
    },
  };
}
