// What a password must be before GridHR stores its hash. Length and a check against passwords that
// attackers try first (NIST SP 800-63B §5.1.1.2: at least 8, check against a list of commonly used or
// compromised values); GridHR asks for 10, since these accounts reach personal data and pay.

export const PASSWORD_MIN_LENGTH = 10;
export const PASSWORD_MAX_LENGTH = 128;

/** The demo county's password: signs in only while DEMO_MODE is on. */
export const DEMO_PASSWORD = 'gridhr-demo';

// The most used passwords in published leak statistics, plus Chinese favourites (pinyin, number runs,
// 520/1314 love codes) and this product's own names; compared after lower-casing.
const COMMON = new Set(
  `
  password password1 password12 password123 passw0rd p@ssw0rd p@ssword admin admin123 admin1234 administrator
  root root123 qwerty qwerty123 qwertyuiop qwerty1234 asdfghjkl asdf1234 zxcvbnm zxcvbnm123 1q2w3e4r 1q2w3e4r5t
  1qaz2wsx 1qaz2wsx3edc qazwsx qazwsxedc abc123 abc12345 abcd1234 abcdefg abcdefgh abcdefghij a1b2c3d4 aa123456
  iloveyou iloveyou1 letmein letmein123 welcome welcome1 welcome123 monkey dragon master football baseball
  sunshine princess shadow superman batman trustno1 starwars whatever freedom changeme changeme123 secret
  default guest guest123 test test123 test1234 testing user user123 login login123 hello hello123 helloworld
  china china123 beijing shanghai woaini woaini1314 woaini520 wo123456 5201314 520520520 1314520 13145200
  aini1314 zhang123 wang123456 li123456 liu123456 chen123456 zhangwei wangwei qq123456 qq12345678 taobao
  baidu123 weixin123 wanggeyuan wangge wangge123 gridhr gridhr123 gridhr-demo gridhr2025 gridhr2026
  zonghe zongzhi zhengfawei
  `
    .split(/\s+/)
    .filter(Boolean),
);

/** Why `password` may not be used (a sentence to show the user), or null when it may. */
export function passwordProblem(password: string, username?: string): string | null {
  if ([...password].length < PASSWORD_MIN_LENGTH) return `must be at least ${PASSWORD_MIN_LENGTH} characters`;
  if ([...password].length > PASSWORD_MAX_LENGTH) return `must be at most ${PASSWORD_MAX_LENGTH} characters`;
  if (/^\s|\s$/.test(password)) return 'must not begin or end with a space';
  if ([...password].some((c) => c.charCodeAt(0) < 0x20 || c.charCodeAt(0) === 0x7f)) return 'must not contain control characters';
  const lower = password.toLowerCase();
  if (COMMON.has(lower) || COMMON.has(lower.replace(/[\d!@#$%^&*.]+$/, ''))) return 'is one of the passwords attackers try first; choose another';
  if (new Set(lower).size < 4) return 'repeats too few characters (at least 4 different ones)';
  if (isRun(lower)) return 'is a run of consecutive keys or digits; choose another';
  if (username && username.length >= 3 && lower.includes(username.toLowerCase())) return 'must not contain the username';
  return null;
}

// Rows a finger runs along: the alphabet, the digits (0 after 9, as on the keyboard) and the letter rows.
const RUNS = ['abcdefghijklmnopqrstuvwxyz', '12345678901234567890', 'qwertyuiop', 'asdfghjkl', 'zxcvbnm'];

/** 1234567890, abcdefghij, 9876543210, poiuytrewq: one stretch of a row, forwards or backwards. */
function isRun(text: string): boolean {
  return RUNS.some((row) => row.includes(text) || [...row].reverse().join('').includes(text));
}
