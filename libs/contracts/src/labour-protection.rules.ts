// Labor Contract Law (劳动合同法) art. 42 as pure functions: which recorded situations protect a worker
// on a day, and how a refusal names them. No clock: pass the day.
import { ProtectionKind } from './labour-protection.entity';

export interface ProtectionSpan {
  kind: ProtectionKind;
  fromDate: string;
  toDate: string | null;
}

/** The clause of art. 42 and the words of the law for each kind. */
export const ART_42: Record<ProtectionKind, { clause: string; label: string }> = {
  OCCUPATIONAL_HEALTH_CHECK: { clause: '42(1)', label: '未进行离岗前职业健康检查或疑似职业病在诊断、医学观察期间' },
  OCCUPATIONAL_INJURY: { clause: '42(2)', label: '患职业病或因工负伤并被确认丧失或部分丧失劳动能力' },
  MEDICAL_TREATMENT_PERIOD: { clause: '42(3)', label: '患病或非因工负伤，在规定的医疗期内' },
  PREGNANCY: { clause: '42(4)', label: '孕期' },
  MATERNITY: { clause: '42(4)', label: '产期' },
  NURSING: { clause: '42(4)', label: '哺乳期' },
  LONG_SERVICE_NEAR_RETIREMENT: { clause: '42(5)', label: '在本单位连续工作满十五年且距法定退休年龄不足五年' },
  OTHER_STATUTORY: { clause: '42(6)', label: '法律、行政法规规定的其他情形' },
};

/** Art. 42(4) protects women employees: pregnancy, maternity and nursing. */
const WOMEN_ONLY = [ProtectionKind.PREGNANCY, ProtectionKind.MATERNITY, ProtectionKind.NURSING];

/** "Labor Contract Law art. 42(4): 孕期 from 2026-03-01" — how a refusal names a protection. */
export function describeProtection(p: ProtectionSpan): string {
  const { clause, label } = ART_42[p.kind];
  return `Labor Contract Law art. ${clause}: ${label} (${p.kind}) from ${p.fromDate}${p.toDate ? ` to ${p.toDate}` : ''}`;
}

/** Whether a recorded situation protects the worker on `day` (both ends inclusive; no end: still in force). */
export function protects(p: ProtectionSpan, day: string): boolean {
  return p.fromDate <= day && (p.toDate === null || p.toDate >= day);
}

/** The situations in force on `day`, earliest first. */
export function protectionsInForce<T extends ProtectionSpan>(spans: T[], day: string): T[] {
  return spans.filter((p) => protects(p, day)).sort((a, b) => a.fromDate.localeCompare(b.fromDate));
}

/** What is wrong with a record (the input field and the problem), or null. `sex` comes from the ID number. */
export function protectionProblem(p: ProtectionSpan & { sex: 'MALE' | 'FEMALE' }, today: string): { field: string; problem: string } | null {
  if (p.fromDate > today) return { field: 'fromDate', problem: 'must not be in the future: record the situation once it exists' };
  if (p.toDate !== null && p.toDate < p.fromDate) return { field: 'toDate', problem: `must not be before the first day ${p.fromDate}` };
  if (WOMEN_ONLY.includes(p.kind) && p.sex !== 'FEMALE')
    return { field: 'kind', problem: `art. 42(4) protects women employees; the ID number on record is a man's` };
  return null;
}
