import { describe, expect, it } from '@jest/globals';
import dayjs from 'dayjs';
import { openExitInput, reasonFields, successorsFor } from './exit-form';

describe('exit form', () => {
  it('asks each reason for its own facts', () => {
    expect(reasonFields('NO_FAULT')).toEqual(['noFaultGround', 'notice']);
    expect(reasonFields('DISMISSED')).toContain('unionNotifiedOn');
    expect(reasonFields(undefined)).toEqual([]);
  });

  it('sends the dates as days and drops the fields another reason uses', () => {
    const input = openExitInput('w1', {
      reason: 'RESIGNED',
      noticeOn: dayjs('2026-11-02'),
      lastDay: dayjs('2026-12-02'),
      employerFault: false,
      notice: 'PAY_IN_LIEU',
      note: '  本人申请  ',
    });
    expect(input).toEqual({ workerId: 'w1', reason: 'RESIGNED', noticeOn: '2026-11-02', lastDay: '2026-12-02', employerFault: false, note: '本人申请' });
  });

  it('writes the union notice day of a dismissal as a day', () => {
    const input = openExitInput('w1', {
      reason: 'DISMISSED',
      noticeOn: dayjs('2026-11-02'),
      lastDay: dayjs('2026-11-02'),
      unionNotifiedOn: dayjs('2026-11-01'),
    });
    expect(input).toMatchObject({ unionNotifiedOn: '2026-11-01' });
  });

  it('offers the grid to neither the worker leaving nor one already on duty in it', () => {
    const on = (...codes: string[]) => codes.map((code) => ({ grid: { code } }));
    const workers = [
      { id: 'leaving', currentAssignments: on('G1') },
      { id: 'sharing', currentAssignments: on('G2', 'G1') },
      { id: 'elsewhere', currentAssignments: on('G2') },
      { id: 'free', currentAssignments: on() },
    ];
    expect(successorsFor(workers, 'leaving', 'G1').map((w) => w.id)).toEqual(['elsewhere', 'free']);
    expect(successorsFor(workers, 'leaving', 'G2').map((w) => w.id)).toEqual(['free']);
  });
});
