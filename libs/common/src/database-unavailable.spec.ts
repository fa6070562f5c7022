import { DriverException } from '@mikro-orm/core';
import { isDatabaseUnavailable } from './database-unavailable';

describe('isDatabaseUnavailable', () => {
  it('knows a server that refused, dropped or went away mid-query, however the driver wraps it', () => {
    for (const message of ['read ECONNRESET', 'write EPIPE', 'connect ECONNREFUSED 127.0.0.1:5432', 'Connection terminated unexpectedly']) {
      expect(isDatabaseUnavailable(new DriverException(new Error(message)))).toBe(true);
    }
    expect(isDatabaseUnavailable(Object.assign(new Error('x'), { code: '57P01' }))).toBe(true);
  });

  it('leaves a wrong statement or a bug alone', () => {
    expect(isDatabaseUnavailable(Object.assign(new Error('syntax error at or near "selec"'), { code: '42601' }))).toBe(false);
    expect(isDatabaseUnavailable(new TypeError("Cannot read properties of undefined (reading 'id')"))).toBe(false);
  });
});
