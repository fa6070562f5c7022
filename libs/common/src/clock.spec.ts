import { FixedClock, SystemClock } from './clock';

describe('Clock', () => {
  it('a fixed clock gives the day it was set to, at 09:00 Shanghai, and runs on', async () => {
    const clock = new FixedClock('2027-12-31');
    expect(clock.today()).toBe('2027-12-31');
    expect(clock.now().toISOString()).toMatch(/^2027-12-31T01:00:0/);
    const before = clock.now().getTime();
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(clock.now().getTime()).toBeGreaterThan(before);
    clock.set('2028-02-29');
    expect(clock.today()).toBe('2028-02-29');
    expect(() => clock.set('2027-02-29')).toThrow('not a date');
  });

  it('the system clock reads the real date in Asia/Shanghai', () => {
    expect(new SystemClock().today()).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });
});
