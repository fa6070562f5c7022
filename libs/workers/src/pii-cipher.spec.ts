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
    const raw = Buffer.from(sealed.slice(3), 'base64url');
    for (const at of [0, 12, raw.length - 1]) {
      const flipped = Buffer.from(raw);
      flipped[at] ^= 0x01;
      expect(() => cipher.decrypt(`v1:${flipped.toString('base64url')}`)).toThrow();
    }
    // The last character carries 2 bits only: one that decodes to the same bytes is still refused.
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
    const sameBytes = sealed.slice(0, -1) + alphabet[alphabet.indexOf(sealed.at(-1)!) + 1];
    expect(Buffer.from(sameBytes.slice(3), 'base64url')).toEqual(raw);
    expect(() => cipher.decrypt(sameBytes)).toThrow();
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
