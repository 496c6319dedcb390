import { h, replaceChildren } from '../shared/dom.ts';
import { formatDateTime } from '../shared/format-time.ts';
import type { KnowledgeDocument, KnowledgeVersion } from './admin-api.ts';
import type { ConsoleContext, View } from './console-context.ts';
import { FormProblem, failureText, formError, onSubmit } from './run-action.ts';

/**
 * The policy knowledge base the bot answers from: a list, and an editor for the selected document (`id`) or a new
 * one (`new`). Admins edit, create and delete; everyone else reads. Saving makes a new version; old ones are listed.
 */
export function knowledgeView(ctx: ConsoleContext, selected: string | null): View {
  const canEdit = ctx.me.role === 'admin';
  const list = h('ul', { class: 'kb-list' }, h('li', { class: 'empty' }, '加载中…'));
  const categories = h('datalist', { id: 'kb-categories' });
  const editor = h('div', { class: 'kb-editor' });
  const element = h(
    'section',
    { class: `kb${selected ? ' has-selection' : ''}` },
    h(
      'div',
      { class: 'kb-index panel' },
      h('h2', { class: 'view-title', tabindex: '-1' }, '知识库'),
      h('p', { class: 'hint' }, '机器人只按这里的政策回答顾客。保存后立即生效，旧版本会保留。'),
      canEdit
        ? h('a', { class: 'button-link', href: '#/knowledge/new' }, '＋ 新建政策')
        : h('p', { class: 'hint' }, '只有管理员可以修改政策。'),
      list,
      categories,
    ),
    editor,
  );

  async function loadList() {
    try {
      const { items } = await ctx.api.knowledgeList();
      replaceChildren(
        list,
        items.length
          ? items.map((doc) =>
              h(
                'li',
                { class: doc.id === selected ? 'current' : '' },
                h(
                  'a',
                  {
                    href: `#/knowledge/${encodeURIComponent(doc.id)}`,
                    'aria-current': doc.id === selected ? 'page' : false,
                  },
                  doc.title,
                ),
                h('span', { class: 'muted' }, ` ${doc.category ?? '未分类'} · 第 ${doc.version} 版`),
              ),
            )
          : h('li', { class: 'empty' }, '还没有政策'),
      );
      const names = [...new Set(items.map((d) => d.category).filter((c): c is string => !!c))];
      replaceChildren(
        categories,
        names.map((name) => h('option', { value: name })),
      );
    } catch (error) {
      replaceChildren(list, h('li', { class: 'empty' }, failureText(error)));
    }
  }

  async function loadEditor() {
    if (!selected) {
      replaceChildren(editor, h('p', { class: 'panel hint' }, '请在左侧选择一篇政策。'));
      return;
    }
    if (selected === 'new') {
      if (!canEdit) replaceChildren(editor, h('p', { class: 'panel hint' }, '只有管理员可以新建政策。'));
      else replaceChildren(editor, documentForm(null, []));
      return;
    }
    try {
      const doc = await ctx.api.knowledge(selected);
      replaceChildren(editor, documentForm(doc, doc.versions));
    } catch (error) {
      replaceChildren(editor, h('p', { class: 'panel form-error', role: 'alert' }, failureText(error)));
    }
  }

  function documentForm(doc: KnowledgeDocument | null, versions: KnowledgeVersion[]): HTMLElement {
    const field = (id: string, label: string, control: HTMLElement) => [h('label', { for: id }, label), control];
    const readOnly = !canEdit;
    const title = h('input', {
      id: 'kb-title',
      name: 'title',
      required: true,
      maxlength: 100,
      value: doc?.title ?? '',
      readonly: readOnly,
    });
    const category = h('input', {
      id: 'kb-category',
      name: 'category',
      maxlength: 50,
      list: 'kb-categories',
      value: doc?.category ?? '',
      readonly: readOnly,
    });
    const effective = h('input', {
      id: 'kb-effective',
      name: 'effective',
      type: 'date',
      value: doc?.effective ?? '',
      readonly: readOnly,
    });
    const body = h('textarea', {
      id: 'kb-body',
      name: 'body',
      rows: 16,
      required: true,
      maxlength: 50000,
      value: doc?.body ?? '',
      readonly: readOnly,
    });
    const deleteButton = h('button', { type: 'button', class: 'danger' }, '删除');
    const form = h(
      'form',
      { class: 'panel kb-form' },
      h('a', { href: '#/knowledge', class: 'back kb-back' }, '← 返回列表'),
      h('h3', null, doc ? `${doc.title}（第 ${doc.version} 版）` : '新建政策'),
      field('kb-title', '标题', title),
      h(
        'div',
        { class: 'row' },
        h('div', { class: 'grow' }, field('kb-category', '类别（如 退换货、维修保修）', category)),
        h('div', null, field('kb-effective', '生效日期', effective)),
      ),
      field('kb-body', '正文（Markdown）', body),
      canEdit
        ? h(
            'div',
            { class: 'row' },
            h('button', { type: 'submit' }, doc ? '保存为新版本' : '创建'),
            doc ? deleteButton : null,
          )
        : null,
      formError(),
      doc ? versionList(versions) : null,
    );
    onSubmit(ctx, form, async () => {
      const input = {
        title: title.value.trim(),
        category: category.value.trim() || null,
        effective: effective.value || null,
        body: body.value.trim(),
      };
      if (!input.title || !input.body) throw new FormProblem('标题和正文都要填写');
      const saved = doc ? await ctx.api.updateKnowledge(doc.id, input) : await ctx.api.createKnowledge(input);
      if (doc) await refresh();
      else location.hash = `#/knowledge/${encodeURIComponent(saved.id)}`;
      return doc ? `已保存，当前为第 ${saved.version} 版` : '已创建';
    });
    let armed = false;
    deleteButton.addEventListener('click', async () => {
      if (!doc) return;
      // Two steps instead of a blocking confirm(): the first click asks, the second deletes.
      if (!armed) {
        armed = true;
        deleteButton.textContent = '确认删除？再点一次';
        return;
      }
      deleteButton.disabled = true;
      try {
        await ctx.api.deleteKnowledge(doc.id);
        ctx.notify('已删除，机器人不再引用这篇政策');
        location.hash = '#/knowledge';
      } catch (error) {
        deleteButton.disabled = false;
        ctx.notify(failureText(error), 'error');
      }
    });
    return form;
  }

  function versionList(versions: KnowledgeVersion[]): HTMLElement {
    return h(
      'details',
      { class: 'versions' },
      h('summary', null, `历史版本（${versions.length}）`),
      h(
        'ol',
        null,
        versions.map((v) =>
          h(
            'li',
            null,
            h(
              'details',
              null,
              h(
                'summary',
                null,
                `第 ${v.version} 版 · ${formatDateTime(v.createdAt)} · ${v.editedBy ? actor(v.editedBy) : '初始导入'} · ${v.title}`,
              ),
              h('pre', { class: 'version-body' }, v.body),
            ),
          ),
        ),
      ),
    );
  }

  const actor = (editedBy: string) =>
    editedBy.startsWith('agent:') ? ctx.agentName(editedBy.slice('agent:'.length)) : editedBy;

  async function refresh() {
    await Promise.all([loadList(), loadEditor()]);
  }

  void refresh();
  return { element };
}
