// Form helpers: server field errors (problem+json errors[].field) shown beside the matching inputs.
import { clear, describeError, message } from './app.js';

const camel = name => name.replace(/_([a-z])/g, (_, c) => c.toUpperCase());

export function clearFieldErrors(form) {
  form.querySelectorAll('.field-error').forEach(node => clear(node));
  form.querySelectorAll('.invalid').forEach(node => node.classList.remove('invalid'));
}

/**
 * Puts each error's message under the input whose data-for matches its field (also matching snake_case and
 * a trailing path such as "request.lon"); errors without a matching field go to the general message box.
 */
export function showErrors(form, error, messageBox) {
  clearFieldErrors(form);
  const unmatched = [];
  for (const e of error.errors || []) {
    const field = e.field ? camel(String(e.field)) : '';
    const candidates = [field, field.split('.').slice(1).join('.'), field.split('.').pop()].filter(Boolean);
    const slot = candidates.map(c => form.querySelector(`.field-error[data-for="${CSS.escape(c)}"]`)).find(Boolean);
    if (!slot) { unmatched.push(e); continue; }
    slot.append((slot.textContent ? '；' : '') + e.message);
    const input = form.querySelector(`[name="${CSS.escape(slot.dataset.for)}"]`);
    if (input) input.classList.add('invalid');
  }
  let summary;
  if (!(error.errors || []).length) summary = describeError(error);
  else if (unmatched.length) summary = error.message + '：' + unmatched.map(e => [e.field, e.message].filter(Boolean).join(' ')).join('；');
  else summary = error.message + '，请修改标出的字段';
  message(messageBox, summary, 'error');
}
