import { PiiCipher } from './pii-cipher';

describe('PiiCipher', () => {
  const cipher = PiiCipher.fromSecret('a-test-secret-of-enough-length');

  it('round-trips and never repeats a cipher text', () => {
    const a = cipher.encrypt('11010519491231002X');
    const b = cipher.encrypt('11010519491231002X');
    expect(a).not.toBe(b);
    expect(a).toMatch(/^v1:[\w-]+$/);
    expect(a).not.toContain('19491231');
    expect(cipher.decrypt(a)).toBe('11010519491231002X');
  });

  it('detects tampering and a wrong key', () => {
    const sealed = cipher.encrypt('11010519491231002X');
    const tampered = sealed.slice(0, -2) + (sealed.endsWith('A') ? 'BB' : 'AA');
    expect(() => cipher.decrypt(tampered)).toThrow();
    expect(() => PiiCipher.fromSecret('another-secret-of-enough-length').decrypt(sealed)).toThrow();
  });

  it('hashes deterministically per key', () => {
    expect(cipher.hash('x')).toBe(cipher.hash('x'));
    expect(cipher.hash('x')).toMatch(/^[0-9a-f]{64}$/);
    expect(PiiCipher.fromSecret('another-secret-of-enough-length').hash('x')).not.toBe(cipher.hash('x'));
  });

  it('refuses a short secret', () => {
    expect(() => PiiCipher.fromSecret('short')).toThrow(/at least 16/);
  });
});
