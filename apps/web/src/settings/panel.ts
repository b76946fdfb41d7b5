import type { Config, RuleId, Severity } from '@parley/lint';
import type { PageRule } from '../engine/protocol.js';
import type { SettingsStore } from './store.js';

const CHOICES: (Severity | 'off')[] = ['error', 'warning', 'info', 'hint', 'off'];

const lines = (text: string) =>
  text
    .split('\n')
    .map((s) => s.trim())
    .filter(Boolean);

/**
 * The settings of `parley.config.json` as a form: a severity per rule, house spellings to prefer and
 * spellings to accept, and the file itself to paste in or copy out. Every change is saved and re-checks.
 */
export function settingsPanel(
  root: HTMLElement,
  rules: readonly PageRule[],
  store: SettingsStore,
  onChange: (config: Config) => void,
): void {
  const form = root.querySelector<HTMLFormElement>('#settings-form')!;
  const table = root.querySelector<HTMLElement>('#settings-rules')!;
  const prefer = root.querySelector<HTMLTextAreaElement>('#settings-prefer')!;
  const accept = root.querySelector<HTMLTextAreaElement>('#settings-accept')!;
  const file = root.querySelector<HTMLTextAreaElement>('#settings-json')!;
  const status = root.querySelector<HTMLElement>('#settings-status')!;
  const selects = new Map<RuleId, HTMLSelectElement>();

  for (const rule of rules) {
    const row = document.createElement('div');
    row.className = 'rule-setting';
    const id = `severity-${rule.id.replace('/', '-')}`;
    const label = document.createElement('label');
    label.htmlFor = id;
    label.innerHTML = '<code></code> <span></span>';
    label.querySelector('code')!.textContent = rule.id;
    label.querySelector('span')!.textContent = rule.summary;
    const select = document.createElement('select');
    select.id = id;
    for (const choice of CHOICES) {
      const option = document.createElement('option');
      option.value = choice;
      option.textContent = choice === rule.severity ? `${choice} (default)` : choice;
      select.append(option);
    }
    row.append(label, select);
    table.append(row);
    selects.set(rule.id, select);
  }

  const show = (config: Config) => {
    for (const rule of rules) selects.get(rule.id)!.value = config.rules?.[rule.id] ?? rule.severity;
    prefer.value = (config.spellings?.prefer ?? []).join('\n');
    accept.value = (config.spellings?.accept ?? []).join('\n');
    file.value = store.json;
  };

  /** The form as a config: only what differs from the defaults, as one would write the file. */
  const read = (): Config => {
    const config: Config = {};
    const severities: NonNullable<Config['rules']> = {};
    for (const rule of rules) {
      const value = selects.get(rule.id)!.value as Severity | 'off';
      if (value !== rule.severity) severities[rule.id] = value;
    }
    if (Object.keys(severities).length) config.rules = severities;
    const spellings = { prefer: lines(prefer.value), accept: lines(accept.value) };
    if (spellings.prefer.length || spellings.accept.length)
      config.spellings = Object.fromEntries(Object.entries(spellings).filter(([, v]) => v.length));
    return config;
  };

  form.addEventListener('change', (event) => {
    if (event.target === file) return;
    const config = store.save(read());
    file.value = store.json;
    status.textContent = 'Settings saved in this browser.';
    onChange(config);
  });
  root.querySelector<HTMLButtonElement>('#settings-import')!.addEventListener('click', () => {
    try {
      const config = store.importJson(file.value);
      show(config);
      status.textContent = 'parley.config.json applied and saved in this browser.';
      onChange(config);
    } catch (e) {
      status.textContent = (e as Error).message;
    }
  });
  root.querySelector<HTMLButtonElement>('#settings-reset')!.addEventListener('click', () => {
    const config = store.save({});
    show(config);
    status.textContent = 'Default settings restored.';
    onChange(config);
  });
  show(store.config);
  if (store.problem) status.textContent = store.problem;
}
