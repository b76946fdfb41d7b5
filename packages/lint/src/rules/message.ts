import type { MessageData } from './types.js';

/**
 * Fills a message template: `{name}` takes `data.name`; a `[…]` section is kept only when every
 * placeholder in it has a non-empty value ("a deprecated spelling[ ({note})]").
 */
export function formatMessage(template: string, data: MessageData): string {
  const value = (name: string) => {
    const v = data[name];
    return v === undefined ? '' : String(v);
  };
  const sections = template.replace(/\[([^\]]*)\]/g, (_, body: string) => {
    const names = [...body.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!);
    return names.every((n) => value(n) !== '') ? body : '';
  });
  return sections.replace(/\{(\w+)\}/g, (_, name: string) => value(name));
}
