/**
 * Wire-site capture on the options page: the first-run question (until answered), the on/off switch and the
 * editable list of wire sites.
 */
import type { CaptureSettings } from '../messages';
import { builder, replaceContent } from '../ui/dom';
import { t } from '../ui/i18n';
import type { Send } from '../ui/send';
import { defaultWireSites, formatWireSite, parseWireSite, type WireSite } from '../platform/wire-sites';
import { renderCaptureWelcome } from './capture-welcome';

export async function mountCapture(welcomeRoot: HTMLElement, root: HTMLElement, send: Send): Promise<void> {
  const h = builder(root.ownerDocument);
  let settings: CaptureSettings;
  try {
    settings = await send('capture-settings-get', {});
  } catch (error) {
    replaceContent(root, h('p', { class: 'notice notice--error', attrs: { role: 'alert' } }, messageOf(error)));
    return;
  }

  const status = h('p', { testid: 'capture-status', attrs: { role: 'status' } });
  /** What the first-run answer did, shown where the question was. */
  let answer: string | undefined;
  const save = async (change: Partial<CaptureSettings>, welcomeAnswer?: string): Promise<void> => {
    try {
      settings = await send('capture-settings-set', change);
      answer = welcomeAnswer;
      if (!welcomeAnswer) status.textContent = t('settingsSaved');
      render();
    } catch (error) {
      status.textContent = t('settingsFailed', messageOf(error));
    }
  };

  const toggle = h('input', {
    testid: 'capture-enabled',
    attrs: { type: 'checkbox', id: 'capture-enabled', 'aria-describedby': 'capture-enabled-hint' },
    on: { change: () => void save({ enabled: toggle.checked, offered: true }) },
  });
  const sites = h('textarea', {
    testid: 'capture-sites',
    attrs: { id: 'capture-sites', rows: 8, spellcheck: 'false', autocomplete: 'off', 'aria-describedby': 'capture-sites-hint' },
  });
  const saveSites = (event: Event) => {
    event.preventDefault();
    const parsed = parseSiteList(sites.value);
    if (parsed.invalid.length > 0) {
      status.textContent = t('captureSitesInvalid', parsed.invalid.join(', '));
      sites.focus();
      return;
    }
    void save({ sites: parsed.sites });
  };

  function render(): void {
    toggle.checked = settings.enabled;
    sites.value = settings.sites.map(formatWireSite).join('\n');
    if (!settings.offered) {
      replaceContent(
        welcomeRoot,
        renderCaptureWelcome(h, {
          accept: () => void save({ enabled: true, offered: true }, t('captureAccepted')),
          decline: () => void save({ offered: true }, t('captureDeclined')),
        }),
      );
    } else if (answer) {
      replaceContent(welcomeRoot, h('p', { class: 'notice', testid: 'capture-welcome-answer', attrs: { role: 'status' } }, answer));
    } else {
      replaceContent(welcomeRoot);
    }
  }

  render();
  replaceContent(
    root,
    h(
      'fieldset',
      { class: 'capture' },
      h('legend', null, t('captureLegend')),
      h(
        'div',
        { class: 'choice' },
        toggle,
        h('label', { attrs: { for: 'capture-enabled' } }, t('captureToggle'), h('span', { class: 'hint', attrs: { id: 'capture-enabled-hint' } }, t('captureToggleHint'))),
      ),
      h(
        'form',
        { class: 'capture-sites', testid: 'capture-sites-form', on: { submit: saveSites } },
        h('label', { attrs: { for: 'capture-sites' } }, t('captureSitesLabel')),
        h('p', { class: 'hint', attrs: { id: 'capture-sites-hint' } }, t('captureSitesHint')),
        sites,
        h(
          'div',
          { class: 'row' },
          h('button', { class: 'button', testid: 'capture-sites-save', attrs: { type: 'submit' } }, t('captureSitesSave')),
          h(
            'button',
            { class: 'button button--secondary', testid: 'capture-sites-reset', attrs: { type: 'button' }, on: { click: () => void save({ sites: [...defaultWireSites] }) } },
            t('captureSitesReset'),
          ),
        ),
      ),
      status,
    ),
  );
}

/** The list as typed: one site per line, blank lines ignored; the lines that are not sites, as typed. */
export function parseSiteList(text: string): { sites: WireSite[]; invalid: string[] } {
  const sites: WireSite[] = [];
  const invalid: string[] = [];
  for (const line of text.split('\n').map((l) => l.trim()).filter(Boolean)) {
    try {
      sites.push(parseWireSite(line));
    } catch {
      invalid.push(line);
    }
  }
  return { sites, invalid };
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
