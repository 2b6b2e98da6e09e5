/** Retention limits (keep stories N days, use at most N MB) and running them: after saving, and after each import. */
import type { Settings } from '../messages';
import { type Builder, builder, replaceContent } from '../ui/dom';
import { formatCount } from '../ui/format';
import { t } from '../ui/i18n';
import type { Send } from '../ui/send';

export interface RetentionDeps {
  send: Send;
  /** Called after stories were deleted so the count and list refresh. */
  onDeleted(): void;
}

/** Deletes what lies beyond the saved limits now; a line saying how many went (or why not), or null when none did. */
export async function applyRetention(h: Builder, send: Send): Promise<HTMLElement | null> {
  try {
    const { deleted } = await send('corpus-retention', {});
    return deleted > 0 ? h('p', { class: 'notice', testid: 'retention-deleted' }, t('retentionDeleted', formatCount(deleted))) : null;
  } catch (error) {
    return h('p', { class: 'notice notice--error', attrs: { role: 'alert' } }, t('retentionFailed', error instanceof Error ? error.message : String(error)));
  }
}

export async function mountRetention(root: HTMLElement, deps: RetentionDeps): Promise<void> {
  const h = builder(root.ownerDocument);
  const status = h('div', { testid: 'retention-status', attrs: { role: 'status' } });
  let settings: Settings;
  try {
    settings = await deps.send('settings-get', {});
  } catch (error) {
    replaceContent(root, h('p', { class: 'notice notice--error', attrs: { role: 'alert' } }, error instanceof Error ? error.message : String(error)));
    return;
  }

  const field = (id: string, label: string, value: number | undefined) => {
    const input = h('input', { testid: id, attrs: { type: 'number', id, min: 0, step: 1, inputmode: 'numeric', value: value ?? 0 } });
    return { input, row: h('div', { class: 'field' }, h('label', { attrs: { for: id } }, label), input) };
  };
  const days = field('retention-days', t('retentionDaysLabel'), settings.keepDays);
  const megabytes = field('retention-megabytes', t('retentionMegabytesLabel'), settings.maxMegabytes);

  async function save(event: Event): Promise<void> {
    event.preventDefault();
    const [keepDays, maxMegabytes] = [days.input, megabytes.input].map((input) => wholeNumber(input.value));
    const invalid = keepDays === undefined ? days.input : maxMegabytes === undefined ? megabytes.input : null;
    if (invalid) {
      replaceContent(status, t('retentionInvalid'));
      invalid.focus();
      return;
    }
    try {
      await deps.send('settings-set', { keepDays, maxMegabytes });
    } catch (error) {
      replaceContent(status, t('settingsFailed', error instanceof Error ? error.message : String(error)));
      return;
    }
    const outcome = await applyRetention(h, deps.send);
    replaceContent(status, t('retentionSaved'), outcome);
    if (outcome) deps.onDeleted();
  }

  replaceContent(
    root,
    h('h3', null, t('retentionHeading')),
    h('p', { class: 'hint' }, t('retentionHint')),
    h(
      'form',
      { class: 'retention', testid: 'retention-form', on: { submit: (e) => void save(e) } },
      days.row,
      megabytes.row,
      h('div', { class: 'row' }, h('button', { class: 'button', testid: 'retention-save', attrs: { type: 'submit' } }, t('retentionSave'))),
    ),
    status,
  );
}

function wholeNumber(text: string): number | undefined {
  const value = Number(text.trim() || '0');
  return Number.isInteger(value) && value >= 0 ? value : undefined;
}
