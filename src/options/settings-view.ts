/** When to trace (every article, or only on click) and the sites never to trace. */
import type { Settings } from '../messages';
import { builder, replaceContent } from '../ui/dom';
import { t } from '../ui/i18n';
import type { Send } from '../ui/send';
import { parseHosts } from './hosts';

export async function mountSettings(root: HTMLElement, send: Send): Promise<void> {
  const h = builder(root.ownerDocument);
  const status = h('p', { testid: 'settings-status', attrs: { role: 'status' } });
  const say = (text: string) => (status.textContent = text);
  const save = async (change: Partial<Settings>): Promise<Settings | undefined> => {
    try {
      const saved = await send('settings-set', change);
      say(t('settingsSaved'));
      return saved;
    } catch (error) {
      say(t('settingsFailed', error instanceof Error ? error.message : String(error)));
      return undefined;
    }
  };

  let settings: Settings;
  try {
    settings = await send('settings-get', {});
  } catch (error) {
    replaceContent(root, h('p', { class: 'notice notice--error', attrs: { role: 'alert' } }, error instanceof Error ? error.message : String(error)));
    return;
  }

  const radio = (value: boolean, label: string, hint: string) => {
    const id = `auto-trace-${value}`;
    const input = h('input', {
      testid: id,
      attrs: { type: 'radio', name: 'auto-trace', id, value: String(value), checked: settings.autoTrace === value },
      on: { change: () => void save({ autoTrace: value }) },
    });
    return h('div', { class: 'choice' }, input, h('label', { attrs: { for: id } }, label, h('span', { class: 'hint' }, hint)));
  };

  const hosts = h('textarea', { testid: 'never-trace', attrs: { id: 'never-trace', rows: 5, spellcheck: 'false', autocomplete: 'off' } });
  hosts.value = settings.neverTrace.join('\n');
  const saveHosts = async (event: Event) => {
    event.preventDefault();
    const parsed = parseHosts(hosts.value);
    if (parsed.invalid.length > 0) {
      say(t('neverTraceInvalid', parsed.invalid.join(', ')));
      hosts.focus();
      return;
    }
    const saved = await save({ neverTrace: parsed.hosts });
    if (saved) hosts.value = saved.neverTrace.join('\n');
  };

  replaceContent(
    root,
    h(
      'fieldset',
      null,
      h('legend', null, t('autoTraceLegend')),
      radio(true, t('autoTraceOn'), t('autoTraceOnHint')),
      radio(false, t('autoTraceOff'), t('autoTraceOffHint')),
    ),
    h(
      'form',
      { class: 'never-trace', testid: 'never-trace-form', on: { submit: (e) => void saveHosts(e) } },
      h('label', { attrs: { for: 'never-trace' } }, t('neverTraceLabel')),
      h('p', { class: 'hint', attrs: { id: 'never-trace-hint' } }, t('neverTraceHint')),
      hosts,
      h('div', { class: 'row' }, h('button', { class: 'button', testid: 'never-trace-save', attrs: { type: 'submit' } }, t('neverTraceSave'))),
    ),
    status,
  );
  hosts.setAttribute('aria-describedby', 'never-trace-hint');
}
