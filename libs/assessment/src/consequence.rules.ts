// What a rating leads to, as pure functions (DESIGN §7): Shanxi measures [004] "对考核不称职的网格员予以
// 撤换", honours and performance pay for the excellent, Jiangmen art. 33 [003] priority for post grades
// and reserve village cadres; for employees the Labor Contract Law decides how a replacement may happen.
import { addDays } from '@gridhr/common';
import { ContractKind, describeProtection, ProtectionSpan, protectionsInForce } from '@gridhr/contracts';
import { HireSource, WorkerCategory } from '@gridhr/workers';
import { AssessmentLevel, ConsequenceKind, ReplacementNotice } from './assessment.enums';

/** Contracts under which the Labor Contract Law's dismissal rules (art. 40, 42) protect the worker (dispatch: art. 65, Interim Provisions on Labor Dispatch art. 13). */
export const EMPLOYMENT_CONTRACTS = [ContractKind.LABOR, ContractKind.DISPATCH];

/** Labor Contract Law art. 40: the notice an employer gives, in days (or a month's pay instead). */
export const NOTICE_DAYS = 30;

export const LEGAL_BASIS: Record<ConsequenceKind, string> = {
  IMPROVEMENT: 'Labor Contract Law art. 40(2): an employee not competent for the job is first trained or given another post',
  REPLACEMENT:
    'Shanxi measures [004]: 考核不称职的网格员予以撤换; for an employee Labor Contract Law art. 40(2) (still incompetent after training or another post; 30 days’ written notice or one month’s pay) and art. 42',
  GRID_REMOVAL: 'Shanxi measures [004]: 考核不称职的网格员予以撤换 — a part-time village cadre loses the grid role (no labour relation with the township)',
  FILL_VACANCY: 'Shanxi measures [004]: vacancies are filled promptly',
  HONOURS: 'Shanxi measures [004]: 选树典型表彰、优先推荐、绩效报酬; Jiangmen art. 33 [003]: priority for post grades and reserve village cadres',
};

/** Part-time village cadres (村“两委”成员 serving as part-time grid workers, Shanxi [004]): no labour contract with the township. */
export function isVillageCadre(worker: { category: WorkerCategory; hireSource: HireSource | null }): boolean {
  return worker.category === WorkerCategory.PART_TIME && worker.hireSource === HireSource.VILLAGE_COMMITTEE;
}

export interface RatedWorker {
  level: AssessmentLevel;
  category: WorkerCategory;
  hireSource: HireSource | null;
  /** The employment contract in force when the cycle is finalised, if any. */
  contractKind: ContractKind | null;
  /** The last day of training or the new post recorded after an earlier INCOMPETENT rating, if any. */
  improvedOn: string | null;
  /** The end of the rated period. */
  periodEnd: string;
}

/** Whether the rating follows a recorded improvement step: the period ran on after it (art. 40(2) "仍不能胜任"). */
function stillIncompetentAfterImprovement(w: Pick<RatedWorker, 'improvedOn' | 'periodEnd'>): boolean {
  return w.improvedOn !== null && w.improvedOn < w.periodEnd;
}

/** The consequences a finalised rating records. */
export function consequencesOf(w: RatedWorker): ConsequenceKind[] {
  if (w.level === AssessmentLevel.EXCELLENT) return [ConsequenceKind.HONOURS];
  if (w.level !== AssessmentLevel.INCOMPETENT) return [];
  if (isVillageCadre(w)) return [ConsequenceKind.GRID_REMOVAL];
  if (w.contractKind && EMPLOYMENT_CONTRACTS.includes(w.contractKind))
    return [stillIncompetentAfterImprovement(w) ? ConsequenceKind.REPLACEMENT : ConsequenceKind.IMPROVEMENT];
  return [ConsequenceKind.REPLACEMENT];
}

export type ReplacementRefusal = { reason: 'NOT_REPLACEABLE' | 'IMPROVEMENT_FIRST' | 'PROTECTED_ART_42'; message: string };

/** Why a worker may not be replaced on the strength of this rating on `noticeOn`, or null when they may. */
export function replacementProblem(w: RatedWorker & { name: string; protections: ProtectionSpan[] }, noticeOn: string): ReplacementRefusal | null {
  if (w.level !== AssessmentLevel.INCOMPETENT)
    return { reason: 'NOT_REPLACEABLE', message: `${w.name} is rated ${w.level}; replacement follows an INCOMPETENT rating (Shanxi measures [004])` };
  if (isVillageCadre(w))
    return {
      reason: 'NOT_REPLACEABLE',
      message: `${w.name} is a part-time village cadre: the rating removes them from the grid role, with no labour-law steps`,
    };
  if (!w.contractKind || !EMPLOYMENT_CONTRACTS.includes(w.contractKind)) return null;
  if (!stillIncompetentAfterImprovement(w))
    return {
      reason: 'IMPROVEMENT_FIRST',
      message: `Labor Contract Law art. 40(2): ${w.name} may be replaced only if still incompetent after training or another post; ${
        w.improvedOn
          ? `the rated period ended before the step recorded on ${w.improvedOn}`
          : 'no training or new post is on record since an earlier INCOMPETENT rating'
      }`,
    };
  const protection = protectionsInForce(w.protections, noticeOn)[0];
  if (protection)
    return { reason: 'PROTECTED_ART_42', message: `${w.name} may not be dismissed under art. 40 while protected: ${describeProtection(protection)}` };
  return null;
}

/** The last working day: 30 days after a written notice, or the notice day with a month's pay instead (art. 40). */
export function replacementLastDay(notice: ReplacementNotice, noticeOn: string): string {
  return notice === ReplacementNotice.WRITTEN_NOTICE ? addDays(noticeOn, NOTICE_DAYS) : noticeOn;
}
