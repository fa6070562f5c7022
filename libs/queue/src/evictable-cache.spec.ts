import { EvictableCache } from './evictable-cache';

describe('EvictableCache', () => {
  it('keeps an entry for its time to live', () => {
    const cache = new EvictableCache<string>(1000);
    cache.set('u1', 'a', cache.mark(), 0);
    expect(cache.get('u1', 999)).toBe('a');
    expect(cache.get('u1', 1000)).toBeUndefined();
    expect(cache.size).toBe(0);
  });

  it('drops one entry or all of them', () => {
    const cache = new EvictableCache<string>(1000);
    for (const key of ['u1', 'u2', 'u3']) cache.set(key, key, cache.mark(), 0);
    cache.evict('u2');
    expect([cache.get('u1', 1), cache.get('u2', 1), cache.get('u3', 1)]).toEqual(['u1', undefined, 'u3']);
    cache.evict('*');
    expect(cache.size).toBe(0);
  });

  it('does not keep a value read while an eviction happened (it may be the stale one)', () => {
    const cache = new EvictableCache<string>(1000);
    const mark = cache.mark();
    cache.evict('u9');
    cache.set('u1', 'read before the eviction', mark, 0);
    expect(cache.get('u1', 1)).toBeUndefined();
    cache.set('u1', 'read after', cache.mark(), 0);
    expect(cache.get('u1', 1)).toBe('read after');
  });

  it('keeps nothing with a time to live of 0, and at most maxEntries (the oldest go first)', () => {
    const off = new EvictableCache<string>(0);
    off.set('u1', 'a', off.mark(), 0);
    expect(off.get('u1', 0)).toBeUndefined();
    const small = new EvictableCache<number>(1000, 2);
    for (const [i, key] of ['u1', 'u2', 'u3'].entries()) small.set(key, i, small.mark(), 0);
    expect([small.get('u1', 1), small.get('u2', 1), small.get('u3', 1)]).toEqual([undefined, 1, 2]);
  });
});
