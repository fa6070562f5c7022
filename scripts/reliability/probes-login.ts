// Sign-in: weak and demo passwords, guessing one account's password, guessing across accounts.
import { DEMO_PASSWORD } from '@gridhr/auth';
import { Ledger } from './ledger';
import { codeOf, reasonOf, refusedWith, Target } from './target';

const CREATE_USER = `mutation($input: CreateUserInput!) { createUser(input: $input) { id } }`;

/** Run last: guessing locks `victim` and throttles this address for the lock time. */
export async function probeLogin(ledger: Ledger, target: Target, victim: { username: string; password: string }): Promise<void> {
  await ledger.probe('login', 'the demo password on a production instance the demo seeded', async () => {
    const res = await target.login('city', DEMO_PASSWORD);
    return { held: !res.data?.login, note: 'signed in with the demo password' };
  });

  await ledger.probe('login', 'weak passwords for a new account', async () => {
    const county = await target.regionId('140799000000');
    const weak = ['aaaaaaaa', 'aaaaaaaaaa', 'password', 'password123', '12345678', '1234567890', 'qwertyuiop', 'gridhr-demo', 'USERNAME', '11111111111'];
    return Promise.all(
      weak.map(async (password, i) => {
        const username = `reliability${i}`;
        const input = { username, displayName: '测试', password: password === 'USERNAME' ? `${username}` : password, role: 'FINANCE', scopeRegionId: county };
        return refusedWith(await target.gql(CREATE_USER, { input }, 'admin'), 'BAD_USER_INPUT');
      }),
    );
  });

  await ledger.probe('login', '50 wrong passwords for one account in a row', async () => {
    let refusedAt = 0;
    let retryAfter = 0;
    for (let i = 1; i <= 50; i++) {
      const res = await target.login(victim.username, `wrong-guess-${i}-x`);
      if (codeOf(res) === 'TOO_MANY_REQUESTS') {
        refusedAt = i;
        retryAfter = Number(res.errors?.[0]?.extensions?.retryAfterSeconds ?? 0);
        break;
      }
    }
    const right = await target.login(victim.username, victim.password);
    return [
      { held: refusedAt > 0 && refusedAt <= 10, note: refusedAt ? `locked at try ${refusedAt}` : 'never locked' },
      { held: retryAfter > 0, note: 'no time to retry given' },
      { held: !right.data?.login && reasonOf(right) === 'ACCOUNT_LOCKED', note: 'the right password still signs in while locked' },
    ];
  });

  await ledger.probe('login', 'wrong passwords across many accounts from one address', async () => {
    for (let i = 1; i <= 200; i++) {
      const res = await target.login(`nobody-${i}`, `wrong-guess-${i}-x`);
      if (reasonOf(res) === 'LOGIN_THROTTLED') return { held: i <= 100, note: `throttled at try ${i}` };
    }
    return { held: false, note: '200 guesses, never throttled' };
  });
}
