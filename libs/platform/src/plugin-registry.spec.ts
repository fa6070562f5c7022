import { Injectable, Module } from '@nestjs/common';
import { CostClass } from '@gridhr/common';
import { defineJob } from '@gridhr/queue';
import { SubjectType } from './compliance-rule';
import { DomainPlugin, JobHandler } from './domain-plugin';
import { PluginError, PluginRegistry, ruleSetDifference } from './plugin-registry';

@Module({})
class SampleModule {}

@Injectable()
class SampleHandler implements JobHandler<unknown> {
  async handle(): Promise<void> {}
}

const JOB = defineJob<unknown>('sample', 'do-it');
const rule = (id: string, policyKeys: string[] = []) => ({
  id,
  subject: SubjectType.WORKER,
  title: id,
  titleZh: id,
  citation: 'test',
  policyKeys,
  sql: 'select 1',
});
const plugin = (name: string, extra: Partial<DomainPlugin> = {}): DomainPlugin => ({ name, module: SampleModule, ...extra });
const refused = (plugins: DomainPlugin[]) => {
  try {
    new PluginRegistry(plugins);
  } catch (error) {
    expect(error).toBeInstanceOf(PluginError);
    return (error as Error).message;
  }
  throw new Error('the plugin list was accepted');
};

describe('PluginRegistry', () => {
  it('collects what the plugins declare', () => {
    const registry = new PluginRegistry([
      plugin('a', {
        rules: [rule('a.one', ['a.limit'])],
        policies: { 'a.limit': { kind: 'int', default: 1, description: 'x', source: 'test' } },
        jobs: [JOB],
        queues: [{ name: 'sample', concurrency: 3 }],
      }),
      plugin('b', { handlers: [{ job: JOB, handler: SampleHandler }], schedules: [{ id: 'nightly:do-it', job: JOB, data: {} }] }),
    ]);
    expect(registry.rules.map((r) => r.id)).toEqual(['a.one']);
    expect(registry.policies['a.limit']).toMatchObject({ default: 1, domain: 'a' });
    expect(registry.queueSettings()).toEqual([{ name: 'sample', concurrency: 3 }]);
    expect(registry.fingerprint()).toMatch(/^[0-9a-f]{16}$/);
  });

  it.each([
    ['a domain twice', [plugin('a'), plugin('a')], 'domain a is declared twice (a, a)'],
    ['a rule id twice', [plugin('a', { rules: [rule('x.r')] }), plugin('b', { rules: [rule('x.r')] })], 'rule x.r is declared twice (a, b)'],
    [
      'a root field priced twice',
      [plugin('a', { costs: { aExport: CostClass.FILE } }), plugin('b', { costs: { aExport: CostClass.REPORT } })],
      'cost of root field aExport is declared twice (a, b)',
    ],
    [
      'a policy key twice',
      [
        plugin('a', { policies: { k: { kind: 'bool', default: true, description: '', source: '' } } }),
        plugin('b', { policies: { k: { kind: 'bool', default: false, description: '', source: '' } } }),
      ],
      'policy key k is declared twice (a, b)',
    ],
    [
      'a rule reading an undeclared policy',
      [plugin('a', { rules: [rule('x.r', ['nobody.declares'])] })],
      'rule x.r reads policy nobody.declares, which no domain declares',
    ],
    ['a job without a handler', [plugin('a', { jobs: [JOB] })], 'job sample:do-it has no handler'],
    [
      'a job with two handlers',
      [plugin('a', { jobs: [JOB], handlers: [{ job: JOB, handler: SampleHandler }] }), plugin('b', { handlers: [{ job: JOB, handler: SampleHandler }] })],
      'job sample:do-it has 2 handlers (a, b)',
    ],
    [
      'a handler of a job nobody defines',
      [plugin('a', { handlers: [{ job: JOB, handler: SampleHandler }] })],
      'a handles job sample:do-it, which no domain defines',
    ],
    [
      'a schedule of a job nobody defines',
      [plugin('a', { schedules: [{ id: 's', job: JOB, data: {} }] })],
      'schedule s runs job sample:do-it, which no domain defines',
    ],
  ])('refuses %s, in one line', (_case, plugins, line) => {
    expect(refused(plugins as DomainPlugin[])).toBe(line);
  });

  it('names what two rule sets disagree on', () => {
    const here = [
      { id: 'a', digest: '1' },
      { id: 'b', digest: '2' },
    ];
    expect(ruleSetDifference(here, here)).toBeNull();
    expect(
      ruleSetDifference(here, [
        { id: 'a', digest: '1' },
        { id: 'c', digest: '3' },
      ]),
    ).toBe('only here: b; only there: c');
    expect(
      ruleSetDifference(here, [
        { id: 'a', digest: '9' },
        { id: 'b', digest: '2' },
      ]),
    ).toBe('changed: a');
    expect(ruleSetDifference(here, [...here].reverse())).toBe('same rules in another order');
  });

  it('refuses a schedule that runs after a job no schedule runs nightly', () => {
    const OTHER = defineJob<unknown>('sample', 'other');
    const base = {
      jobs: [JOB, OTHER],
      handlers: [
        { job: JOB, handler: SampleHandler },
        { job: OTHER, handler: SampleHandler },
      ],
    };
    expect(refused([plugin('a', { ...base, schedules: [{ id: 'after', job: OTHER, data: {}, after: JOB }] })])).toBe(
      'schedule after runs after job sample:do-it, which no schedule runs nightly',
    );
    const registry = new PluginRegistry([
      plugin('a', {
        ...base,
        schedules: [
          { id: 'nightly', job: JOB, data: {} },
          { id: 'after', job: OTHER, data: {}, after: JOB },
        ],
      }),
    ]);
    expect(registry.schedules.map((s) => [s.id, s.after?.name ?? null])).toEqual([
      ['nightly', null],
      ['after', 'do-it'],
    ]);
  });
});
