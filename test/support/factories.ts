// Small factories for end-to-end tests.
import { idCheckCharacter } from '@gridhr/workers';

let sequence = 100;

/** A valid 18-character ID number born on `birth` (YYYYMMDD) in the demo county; odd sequence = male. */
export function anIdNumber(birth = '19900101', male = true): string {
  sequence += 2;
  const body = `140799${birth}${String(sequence + (male ? 1 : 0))
    .padStart(3, '0')
    .slice(-3)}`;
  return body + idCheckCharacter(body);
}

let phones = 13_900_000_000;
export function aPhone(): string {
  return String(++phones);
}

export const CREATE_WORKER = `mutation($input: CreateWorkerInput!) { createWorker(input: $input) { id name idNumber phone birthDate sex category status regionCode version } }`;

export function aWorkerInput(regionId: string, overrides: Record<string, unknown> = {}) {
  return { name: '张三', idNumber: anIdNumber(), phone: aPhone(), category: 'FULL_TIME', regionId, ...overrides };
}
