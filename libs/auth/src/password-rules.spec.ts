import { DEMO_PASSWORD, passwordProblem } from './password-rules';

describe('passwordProblem', () => {
  it.each(['aaaaaaaa', 'password', '12345678'])('refuses the probe %s', (password) => {
    expect(passwordProblem(password)).not.toBeNull();
  });

  it.each(['password123', 'Password2026!', 'qwertyuiop', 'woaini1314', 'P@ssw0rd', DEMO_PASSWORD, '1234567890', 'abcdefghij', '9876543210', 'aaaaabbbbb'])(
    'refuses the common or patterned %s',
    (password) => expect(passwordProblem(password)).not.toBeNull(),
  );

  it('refuses short, long, padded and control-character passwords with the rule in words', () => {
    expect(passwordProblem('Tr0ub4d&r')).toBe('must be at least 10 characters');
    expect(passwordProblem('x'.repeat(60) + 'Yz9!'.repeat(20))).toBe('must be at most 128 characters');
    expect(passwordProblem(' correct horse battery')).toBe('must not begin or end with a space');
    expect(passwordProblem('correct\u0000horse battery')).toBe('must not contain control characters');
  });

  it('refuses a password that contains the username', () => {
    expect(passwordProblem('town-zhang-2026', 'zhang')).toBe('must not contain the username');
    expect(passwordProblem('town-zhang-2026', 'li')).toBeNull();
  });

  it('takes passphrases and Chinese characters', () => {
    expect(passwordProblem('correct horse battery staple')).toBeNull();
    expect(passwordProblem('城关街道网格第三组2026')).toBeNull();
    expect(passwordProblem('Ts8#kq2Lm!')).toBeNull();
  });
});
