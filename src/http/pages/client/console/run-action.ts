import { h } from '../shared/dom.ts';
import { RequestFailure } from '../shared/request-json.ts';
import type { ConsoleContext } from './console-context.ts';

/** The inline error line of a form, read out when it changes. */
export function formError(): HTMLParagraphElement {
  return h('p', { class: 'form-error', role: 'alert' });
}

/** Something the person has to fix in the form before it can be sent; its message is shown as it is. */
export class FormProblem extends Error {}

/** Why an action failed, for people: the API's own message, or a plain one. */
export function failureText(error: unknown): string {
  if (error instanceof RequestFailure || error instanceof FormProblem) return error.message;
  return '操作失败，请稍后重试';
}

/**
 * Runs `action` when the form is submitted: its buttons are disabled meanwhile, a failure is written in the form's
 * error line, and the success message `action` returns goes to the status line.
 */
export function onSubmit(
  ctx: ConsoleContext,
  form: HTMLFormElement,
  action: (submitter: HTMLButtonElement | null) => Promise<string | undefined>,
): void {
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const submitter = event.submitter instanceof HTMLButtonElement ? event.submitter : null;
    const buttons = [...form.querySelectorAll('button')];
    const error = form.querySelector('.form-error');
    for (const button of buttons) button.disabled = true;
    try {
      const message = await action(submitter);
      if (error) error.textContent = '';
      if (message) ctx.notify(message);
    } catch (failure) {
      if (error) error.textContent = failureText(failure);
      else ctx.notify(failureText(failure), 'error');
    } finally {
      for (const button of buttons) button.disabled = false;
    }
  });
}
