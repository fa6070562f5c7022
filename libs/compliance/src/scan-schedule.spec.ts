import { ScanSchedule } from './scan-schedule';

describe('ScanSchedule', () => {
  const RULES = ['a', 'b', 'c', 'd'];

  it('hands out the rules in order, one to each lane that asks', () => {
    const schedule = new ScanSchedule(RULES);
    expect(schedule.take()).toEqual({ rule: 'a', afterId: null });
    expect(schedule.take()).toEqual({ rule: 'b', afterId: null });
    schedule.chunkDone('a', 'id-5');
    schedule.ruleDone('b');
    expect(schedule.progress()).toEqual({ done: ['b'], running: [{ rule: 'a', afterId: 'id-5' }] });
    expect(schedule.take()).toEqual({ rule: 'c', afterId: null });
    expect(schedule.take()).toEqual({ rule: 'd', afterId: null });
    expect(schedule.take()).toBeNull();
  });

  it('resumes the rules under way from their last chunk before the waiting ones, and skips the finished', () => {
    const schedule = new ScanSchedule(RULES, {
      done: ['a'],
      running: [
        { rule: 'c', afterId: 'id-9' },
        { rule: 'b', afterId: 'id-3' },
      ],
    });
    expect(schedule.progress()).toEqual({ done: ['a'], running: [] });
    // One lane now where two ran before: it finishes both rules under way, then the rest.
    expect(schedule.take()).toEqual({ rule: 'c', afterId: 'id-9' });
    expect(schedule.take()).toEqual({ rule: 'b', afterId: 'id-3' });
    expect(schedule.take()).toEqual({ rule: 'd', afterId: null });
    expect(schedule.take()).toBeNull();
    expect(schedule.progress().running).toEqual([
      { rule: 'c', afterId: 'id-9' },
      { rule: 'b', afterId: 'id-3' },
      { rule: 'd', afterId: null },
    ]);
  });

  it('ignores saved progress of rules no longer asked for', () => {
    const schedule = new ScanSchedule(['a', 'b'], { done: ['x'], running: [{ rule: 'y', afterId: 'id-1' }] });
    expect(schedule.take()).toEqual({ rule: 'a', afterId: null });
    expect(schedule.progress()).toEqual({ done: [], running: [{ rule: 'a', afterId: null }] });
  });
});
