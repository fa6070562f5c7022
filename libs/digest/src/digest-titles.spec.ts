// Every compliance rule of every domain has a Chinese title for the office chat's digest.
import { DOMAINS } from '@gridhr/domains';
import { PluginRegistry } from '@gridhr/platform';

describe('the rules’ Chinese titles', () => {
  const rules = new PluginRegistry(DOMAINS).rules;

  it('covers every registered rule with a Chinese title and no English words', () => {
    expect(rules.length).toBeGreaterThan(10);
    const bad = rules.filter((r) => !/^[^A-Za-z]*[\u4e00-\u9fff][^A-Za-z]*$/.test(r.titleZh ?? '')).map((r) => r.id);
    expect(bad).toEqual([]);
  });

  it('gives each rule a title of its own', () => {
    const titles = rules.map((r) => r.titleZh);
    expect(new Set(titles).size).toBe(titles.length);
  });
});
