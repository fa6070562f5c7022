import { assertVersion, CommonReason, defineErrors, DomainError, errorReasons, InvalidInput } from './errors';

describe('domain errors', () => {
  it('a library maps each of its reasons to a code once; its errors carry both', () => {
    enum Sample {
      ONE = 'SAMPLE_ONE',
      TWO = 'SAMPLE_TWO',
    }
    const sampleError = defineErrors<Sample>('sample', { SAMPLE_ONE: 'CONFLICT', SAMPLE_TWO: 'FORBIDDEN' });
    const error = sampleError(Sample.TWO, 'not you', 'input.x');
    expect(error).toBeInstanceOf(DomainError);
    expect(error).toMatchObject({ code: 'FORBIDDEN', reason: 'SAMPLE_TWO', message: 'not you', field: 'input.x' });
    expect(errorReasons()).toEqual(expect.arrayContaining([{ reason: 'SAMPLE_ONE', code: 'CONFLICT', library: 'sample' }]));
  });

  it('refuses a reason that two libraries map to different codes', () => {
    expect(() => defineErrors<'VERSION_CONFLICT'>('other', { VERSION_CONFLICT: 'BAD_USER_INPUT' })).toThrow(
      'VERSION_CONFLICT is CONFLICT in common but BAD_USER_INPUT in other',
    );
  });

  it('has reasons for the generic errors', () => {
    expect(new InvalidInput('input.name', 'is blank')).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: CommonReason.INVALID_INPUT,
      field: 'input.name',
      message: 'input.name: is blank',
    });
    expect(() => assertVersion({ version: 3 }, 2, 'Grid')).toThrow(expect.objectContaining({ code: 'CONFLICT', reason: 'VERSION_CONFLICT', field: 'version' }));
  });
});
