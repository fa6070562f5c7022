// Pure helpers of the exit pages: which reason-specific fields the form asks for, the input it sends, and
// who may take the leaving worker's grid over.
import type { Dayjs } from 'dayjs';
import type { ExitNotice, ExitReason, NoFaultGround, OpenExitInput } from '../../graphql/generated';

export interface ExitFormValues {
  reason?: ExitReason;
  noticeOn?: Dayjs | null;
  lastDay?: Dayjs | null;
  noFaultGround?: NoFaultGround | null;
  notice?: ExitNotice | null;
  employerFault?: boolean;
  refusedRenewal?: boolean;
  criminalLiability?: boolean;
  misconductId?: string | null;
  unionNotifiedOn?: Dayjs | null;
  note?: string;
}

/** The fields each reason adds to the dates (Labor Contract Law art. 38, 39, 40, 43, 46). */
const REASON_FIELDS: Record<ExitReason, readonly (keyof ExitFormValues)[]> = {
  RESIGNED: ['employerFault'],
  DISMISSED: ['misconductId', 'criminalLiability', 'unionNotifiedOn'],
  NO_FAULT: ['noFaultGround', 'notice'],
  CONTRACT_ENDED: ['refusedRenewal'],
  REPLACED: ['notice'],
  DECEASED: [],
  OTHER: [],
};

export function reasonFields(reason: ExitReason | undefined): readonly (keyof ExitFormValues)[] {
  return reason ? REASON_FIELDS[reason] : [];
}

const day = (d: Dayjs | null | undefined) => (d ? d.format('YYYY-MM-DD') : undefined);

/** The openExit input: the dates as YYYY-MM-DD and only the fields the reason uses. */
export function openExitInput(workerId: string, v: ExitFormValues): OpenExitInput {
  const extra = reasonFields(v.reason);
  const input: Record<string, unknown> = { workerId, reason: v.reason, noticeOn: day(v.noticeOn), lastDay: day(v.lastDay) };
  for (const key of extra) {
    const value = v[key];
    if (value === undefined || value === null || value === '') continue;
    input[key] = key === 'unionNotifiedOn' ? day(value as Dayjs) : value;
  }
  if (v.note?.trim()) input.note = v.note.trim();
  return input as unknown as OpenExitInput;
}

interface Candidate {
  id: string;
  currentAssignments: readonly { grid: { code: string } }[];
}

/** Who may take a grid over: not the worker leaving, nor one already on duty in that grid (the api refuses both). */
export function successorsFor<W extends Candidate>(workers: readonly W[], leavingId: string, gridCode: string | null | undefined): W[] {
  return workers.filter((w) => w.id !== leavingId && !w.currentAssignments.some((a) => a.grid.code === gridCode));
}
