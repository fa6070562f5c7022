// What the county can do with an application at its stage, each as the api's mutation and its form.
import { request } from '../../api';
import {
  CountyApplicationFragment,
  DecideEligibilityDocument,
  DecideObjectionDocument,
  FileObjectionDocument,
  HireApplicantDocument,
  RecordExamScoresDocument,
  RecordExtraExamScoresDocument,
  RecordMedicalResultDocument,
  RecordVettingResultDocument,
  RejectApplicationDocument,
  StartEligibilityReviewDocument,
  WithdrawApplicationDocument,
} from '../../graphql/generated';
import { t } from '../../messages';
import type { ActionField, ActionValues } from './ActionModal';

export interface ApplicantAction {
  key: string;
  label: string;
  danger?: boolean;
  hint?: string;
  fields: ActionField[];
  initial?: ActionValues;
  /** Sends the mutation; the text to confirm it by, if not the default. */
  run: (values: ActionValues) => Promise<string | void>;
}

const a = t.county.actions;
const text = (v: ActionValues[string]) => (v === null ? null : String(v));
const reasonField: ActionField = { name: 'reason', label: a.reason, kind: 'textarea', required: a.reasonRequired };
const ENDED = ['HIRED', 'REJECTED', 'WITHDRAWN'];

/** The actions the api offers at the application's stage (it still decides; a refusal shows its message). */
export function applicantActions(app: CountyApplicationFragment, campaignId: string): ApplicantAction[] {
  const applicationId = app.id;
  const actions: ApplicantAction[] = [];
  const decision = (key: string, label: string, choices: [string, string], send: typeof sendMedical) =>
    actions.push({
      key,
      label,
      fields: [
        { name: 'passed', label: a.result, kind: 'passed', choices },
        { name: 'note', label: a.note, kind: 'textarea' },
      ],
      initial: { passed: true },
      run: (v) => send(applicationId, v.passed === true, text(v.note)),
    });
  switch (app.stage) {
    case 'REGISTERED':
      actions.push({
        key: 'review',
        label: a.startReview,
        fields: [],
        run: () => request(StartEligibilityReviewDocument, { input: { applicationId } }).then(() => undefined),
      });
      break;
    case 'ELIGIBILITY':
      actions.push({
        key: 'eligibility',
        label: a.decideEligibility,
        hint: a.decideEligibilityHint,
        fields: [],
        run: async () => {
          const { decideEligibility: r } = await request(DecideEligibilityDocument, { input: { applicationId } });
          return r.stage === 'REJECTED' ? a.eligibilityRefused(r.endReason ?? '') : a.eligibilityPassed;
        },
      });
      actions.push({ key: 'refuse', label: a.refuse, danger: true, fields: [reasonField], run: (v) => end(RejectApplicationDocument, applicationId, v) });
      break;
    case 'EXAM':
      actions.push({
        key: 'scores',
        label: a.scores,
        fields: [
          { name: 'written', label: a.written, kind: 'score', required: a.scoreRequired },
          { name: 'interview', label: a.interview, kind: 'score', required: a.scoreRequired },
        ],
        run: (v) =>
          request(RecordExamScoresDocument, {
            input: { campaignId, entries: [{ applicationId, written: Number(v.written), interview: Number(v.interview) }] },
          }).then(() => undefined),
      });
      if (app.tied)
        actions.push({
          key: 'extra',
          label: a.extraScore,
          fields: [{ name: 'score', label: a.extraScore, kind: 'score', required: a.scoreRequired }],
          run: (v) =>
            request(RecordExtraExamScoresDocument, { input: { campaignId, entries: [{ applicationId, score: Number(v.score) }] } }).then(() => undefined),
        });
      break;
    case 'MEDICAL':
      decision('medical', a.medical, [a.passed, a.failed], sendMedical);
      break;
    case 'VETTING':
      if (!app.vetted) decision('vetting', a.vetting, [a.vettingPassed, a.vettingFailed], sendVetting);
      break;
    case 'PUBLICITY':
      actions.push({
        key: 'objection',
        label: a.objection,
        fields: [{ name: 'content', label: a.objectionContent, kind: 'textarea', required: a.reasonRequired }],
        run: (v) => request(FileObjectionDocument, { input: { applicationId, content: String(v.content) } }).then(() => undefined),
      });
      for (const o of app.objections.filter((x) => x.status === 'OPEN'))
        actions.push({
          key: `decide-${o.id}`,
          label: a.decideObjection,
          hint: o.content,
          fields: [
            { name: 'upheld', label: a.result, kind: 'passed', choices: [a.upheld, a.dismissed] },
            { name: 'decision', label: a.decision, kind: 'textarea', required: a.reasonRequired },
          ],
          initial: { upheld: false },
          run: (v) =>
            request(DecideObjectionDocument, { input: { objectionId: o.id, upheld: v.upheld === true, decision: String(v.decision) } }).then(() => undefined),
        });
      break;
    case 'TRAINING':
      actions.push({
        key: 'hire',
        label: a.hire,
        fields: [
          { name: 'monthlyBasePayFen', label: a.basePay, kind: 'yuan' },
          { name: 'contractEndDate', label: a.contractEnd, kind: 'date' },
        ],
        run: (v) =>
          request(HireApplicantDocument, {
            input: {
              applicationId,
              monthlyBasePayFen: v.monthlyBasePayFen === null ? null : Number(v.monthlyBasePayFen),
              contractEndDate: text(v.contractEndDate),
            },
          }).then(() => undefined),
      });
      break;
  }
  if (!ENDED.includes(app.stage)) {
    if (app.stage !== 'ELIGIBILITY')
      actions.push({ key: 'reject', label: a.refuse, danger: true, fields: [reasonField], run: (v) => end(RejectApplicationDocument, applicationId, v) });
    actions.push({ key: 'withdraw', label: a.withdraw, danger: true, fields: [reasonField], run: (v) => end(WithdrawApplicationDocument, applicationId, v) });
  }
  return actions;
}

function sendMedical(applicationId: string, passed: boolean, note: string | null) {
  return request(RecordMedicalResultDocument, { input: { applicationId, passed, note } }).then(() => undefined);
}

function sendVetting(applicationId: string, passed: boolean, note: string | null) {
  return request(RecordVettingResultDocument, { input: { applicationId, passed, note } }).then(() => undefined);
}

function end(document: typeof RejectApplicationDocument | typeof WithdrawApplicationDocument, applicationId: string, v: ActionValues) {
  const input = { applicationId, reason: String(v.reason) };
  return (document === RejectApplicationDocument ? request(RejectApplicationDocument, { input }) : request(WithdrawApplicationDocument, { input })).then(
    () => undefined,
  );
}
