import { choiceKey } from '@gridhr/sheets';
import { LABELS } from './worker.enums';
import { LABEL_VARIANTS } from './worker-labels';

describe('label variants', () => {
  it.each(Object.keys(LABELS) as (keyof typeof LABELS)[])('no word of %s names two values', (vocabulary) => {
    const owner = new Map<string, string>();
    const labels = LABELS[vocabulary] as Record<string, string>;
    const variants = LABEL_VARIANTS[vocabulary] as Record<string, readonly string[]>;
    for (const [value, label] of Object.entries(labels)) {
      for (const word of [value, label, ...(variants[value] ?? [])]) {
        const key = choiceKey(word);
        expect([key, owner.get(key) ?? value]).toEqual([key, value]);
        owner.set(key, value);
      }
    }
    for (const value of Object.keys(variants)) expect(Object.keys(labels)).toContain(value);
  });
});
