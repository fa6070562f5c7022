// The written exam and interview: scores (entered or from the exam office's sheet), the composite,
// and the ranking that sends the top of each position on.
import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { AuditService } from '@gridhr/audit';
import { AuthUser, InvalidInput, Role, scopeWhere } from '@gridhr/common';
import { compactText, MappingRequest, readSheetRows, SheetFormat, SheetMappings, SheetProblem, SheetReading, sheetHeaders } from '@gridhr/sheets';
import { cleanIdNumber, maskIdNumber, PiiCipher } from '@gridhr/workers';
import { Application, Campaign } from './campaign.entity';
import { ApplicationStages } from './application-stages';
import { CampaignsService } from './campaigns.service';
import { CampaignStatus, Stage } from './recruiting.enums';
import { recruitingError, RecruitingReason } from './recruiting.errors';
import { compositeScore, rankApplicants } from './recruiting.rules';
import { EXAM_SCORE_SHEET, readScore } from './exam-score-sheet';

const MAX_SCORE_X100 = 10_000;

/** A score 0-100 with at most two decimals, in hundredths. */
function toX100(value: number, field: string): number {
  const x100 = Math.round(value * 100);
  if (!Number.isFinite(value) || x100 < 0 || x100 > MAX_SCORE_X100 || Math.abs(x100 - value * 100) > 1e-6)
    throw new InvalidInput(field, 'must be a score from 0 to 100 with at most two decimals');
  return x100;
}

@Injectable()
export class ExamService {
  constructor(
    private readonly em: EntityManager,
    private readonly audit: AuditService,
    private readonly cipher: PiiCipher,
    private readonly campaigns: CampaignsService,
    private readonly stages: ApplicationStages,
    private readonly mappings: SheetMappings,
  ) {}

  /** Written and interview scores (0-100, two decimals) for applicants at EXAM. */
  async recordScores(
    user: AuthUser,
    input: { campaignId: string; entries: { applicationId: string; written: number; interview: number }[] },
  ): Promise<Application[]> {
    const scores = input.entries.map((e, i) => ({
      ...e,
      written: toX100(e.written, `input.entries[${i}].written`),
      interview: toX100(e.interview, `input.entries[${i}].interview`),
    }));
    return this.em.transactional(async (em) => {
      const campaign = await this.campaigns.campaign(user, input.campaignId, em);
      const applications = new Map(
        (await em.find(Application, { id: { $in: scores.map((s) => s.applicationId) }, campaign, ...scopeWhere(user) })).map((a) => [a.id, a]),
      );
      const changed: Application[] = [];
      scores.forEach((s, i) => {
        const application = applications.get(s.applicationId);
        if (!application) throw new InvalidInput(`input.entries[${i}].applicationId`, 'is not an application of this campaign in your scope');
        if (application.stage !== Stage.EXAM || application.rank !== null)
          throw recruitingError(
            RecruitingReason.STAGE_NOT_ALLOWED,
            `${application.name} is at ${application.stage}${application.rank !== null ? ' and the exam is closed' : ''}; scores are entered at EXAM`,
            `input.entries[${i}].applicationId`,
          );
        application.writtenScore = s.written;
        application.interviewScore = s.interview;
        application.compositeScore = compositeScore(s.written, s.interview, campaign.writtenWeightPercent);
        changed.push(application);
      });
      this.audit.record(em, user, {
        entity: 'Campaign',
        entityId: campaign.id,
        action: 'RECORD_SCORES',
        before: null,
        after: { scores: scores.map((s) => ({ applicationId: s.applicationId, written: s.written, interview: s.interview })) },
        regionCode: campaign.regionCode,
      });
      return changed;
    });
  }

  /**
   * Scores from the exam office's sheet (xlsx or csv: 身份证号, 姓名, 笔试成绩, 面试成绩; other columns
   * ignored). Every line is checked first; with any problem nothing is recorded and every problem is
   * reported by line.
   */
  async importScores(
    user: AuthUser,
    input: { campaignId: string; format: SheetFormat; contentBase64: string } & MappingRequest,
  ): Promise<{ recorded: number; problems: SheetProblem[]; sheet: SheetReading }> {
    const sheet = await readSheetRows(input, EXAM_SCORE_SHEET, await this.mappings.forUpload(user, EXAM_SCORE_SHEET, input));
    if (sheet.problems.length) return { recorded: 0, problems: sheet.problems, sheet: sheet.reading };
    const campaign = await this.campaigns.campaign(user, input.campaignId);
    // The columns were read (a header problem returned above): a mapping asked to be saved is kept for next time.
    await this.mappings.saveIfAsked(user, EXAM_SCORE_SHEET, input, sheet.reading, true);
    const column = sheetHeaders(EXAM_SCORE_SHEET, sheet.reading);
    const hashes = sheet.rows.map((r) => this.cipher.hash(cleanIdNumber(r.cell.idNumber)));
    const applications = new Map(
      (await this.em.find(Application, { campaign, idNumberHash: { $in: hashes }, ...scopeWhere(user) })).map((a) => [a.idNumberHash, a]),
    );
    const problems: SheetProblem[] = [];
    const entries: { applicationId: string; written: number; interview: number }[] = [];
    sheet.rows.forEach((row, i) => {
      const problem = (col: string, value: string, text: string) => problems.push({ line: row.line, column: col, value, problem: text });
      const application = applications.get(hashes[i]);
      if (!application)
        return problem(column.idNumber, row.cell.idNumber ? maskIdNumber(cleanIdNumber(row.cell.idNumber)) : '', '本次招聘中没有这个身份证号的报名');
      if (compactText(application.name) !== compactText(row.cell.name)) return problem(column.name, row.cell.name, '与报名登记的姓名不符');
      if (application.stage !== Stage.EXAM) return problem(column.idNumber, application.idNumberMasked, `该报名处于${application.stage}阶段，不在笔试面试阶段`);
      const score = (field: 'written' | 'interview') => {
        const read = readScore(row.cell[field]);
        if ('score' in read) return read.score;
        problem(column[field], row.cell[field], read.problem);
        return null;
      };
      const [written, interview] = [score('written'), score('interview')];
      if (written !== null && interview !== null) entries.push({ applicationId: application.id, written, interview });
    });
    if (problems.length) return { recorded: 0, problems, sheet: sheet.reading };
    return { recorded: (await this.recordScores(user, { campaignId: campaign.id, entries })).length, problems: [], sheet: sheet.reading };
  }

  /** Ranks every position of the campaign; the top headcount of each go on to MEDICAL, the rest wait in rank order. */
  async closeExam(user: AuthUser, input: { campaignId: string }): Promise<Application[]> {
    if (user.role !== Role.COUNTY_PLC)
      throw recruitingError(RecruitingReason.COUNTY_ONLY, 'Only the county political-legal committee closes the exam', 'input.campaignId');
    return this.em.transactional(async (em) => {
      const campaign = await this.campaigns.ownCampaign(user, input.campaignId, em);
      if (campaign.status !== CampaignStatus.CLOSED)
        throw recruitingError(RecruitingReason.CAMPAIGN_STATUS, `The campaign is ${campaign.status}; close registration before ranking`, 'input.campaignId');
      const pending = await em.count(Application, { campaign, stage: { $in: [Stage.REGISTERED, Stage.ELIGIBILITY] } });
      if (pending)
        throw recruitingError(RecruitingReason.EXAM_NOT_READY, `${pending} application(s) still wait for the eligibility decision`, 'input.campaignId');
      if (await em.count(Application, { campaign, rank: { $ne: null } }))
        throw recruitingError(RecruitingReason.EXAM_CLOSED, 'The exam of this campaign is already closed and ranked', 'input.campaignId');
      const atExam = await em.find(Application, { campaign, stage: Stage.EXAM }, { populate: ['position'] });
      if (!atExam.length) throw recruitingError(RecruitingReason.EXAM_NOT_READY, 'Nobody is at EXAM', 'input.campaignId');
      const unscored = atExam.filter((a) => a.compositeScore === null);
      if (unscored.length)
        throw recruitingError(
          RecruitingReason.EXAM_NOT_READY,
          `${unscored.length} applicant(s) at EXAM have no scores yet, e.g. ${unscored[0].name}`,
          'input.campaignId',
        );
      const byPosition = new Map<string, Application[]>();
      for (const a of atExam) byPosition.set(a.position.id, [...(byPosition.get(a.position.id) ?? []), a]);
      for (const list of byPosition.values()) await this.rank(em, list, campaign);
      this.audit.record(em, user, {
        entity: 'Campaign',
        entityId: campaign.id,
        action: 'CLOSE_EXAM',
        before: null,
        after: { ranked: atExam.length },
        regionCode: campaign.regionCode,
      });
      return atExam;
    });
  }

  /** Ranks the applicants of one position by the campaign's priority rule, then fills its places (ties wait). */
  private async rank(em: EntityManager, applications: Application[], campaign: Campaign): Promise<void> {
    const ranked = rankApplicants(
      applications.map((a) => ({ ...a, id: a.id, composite: a.compositeScore!, written: a.writtenScore!, extraExamScore: a.extraExamScore, application: a })),
      campaign.priorityRule,
    );
    for (const { applicant, rank } of ranked) applicant.application.rank = rank;
    await this.stages.fillPlaces(em, applications[0].position);
  }

  /**
   * The extra exam (加试) of applicants tied for the last places: their scores order the tie, and the
   * places are filled again; applicants still equal stay tied.
   */
  async recordExtraScores(user: AuthUser, input: { campaignId: string; entries: { applicationId: string; score: number }[] }): Promise<Application[]> {
    const scores = input.entries.map((e, i) => ({ ...e, score: toX100(e.score, `input.entries[${i}].score`) }));
    return this.em.transactional(async (em) => {
      const campaign = await this.campaigns.ownCampaign(user, input.campaignId, em);
      const applications = new Map(
        (await em.find(Application, { id: { $in: scores.map((s) => s.applicationId) }, campaign }, { populate: ['position'] })).map((a) => [a.id, a]),
      );
      const positions = new Map<string, Application['position']>();
      scores.forEach((s, i) => {
        const a = applications.get(s.applicationId);
        if (!a) throw new InvalidInput(`input.entries[${i}].applicationId`, 'is not an application of this campaign');
        if (!a.tied)
          throw recruitingError(
            RecruitingReason.NOT_TIED,
            `${a.name} is not tied for a place; an extra exam decides ties only`,
            `input.entries[${i}].applicationId`,
          );
        a.extraExamScore = s.score;
        positions.set(a.position.id, a.position);
      });
      for (const position of positions.values()) {
        const ranked = await em.find(Application, { position, rank: { $ne: null } }, { populate: ['position'] });
        // Everyone tied for the place sits the extra exam: a score for only some would order them against no one.
        const unscored = ranked.filter((a) => a.tied && !scores.some((s) => s.applicationId === a.id));
        if (unscored.length)
          throw new InvalidInput(
            'input.entries',
            `lacks the extra exam score of ${unscored.map((a) => a.name).join(', ')}, also tied for ${position.title}; an applicant who did not sit it withdraws first`,
          );
        await this.rank(em, ranked, campaign);
      }
      this.audit.record(em, user, {
        entity: 'Campaign',
        entityId: campaign.id,
        action: 'RECORD_EXTRA_EXAM',
        before: null,
        after: { scores },
        regionCode: campaign.regionCode,
      });
      return [...applications.values()];
    });
  }
}
