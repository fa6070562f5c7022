// Recruiting campaigns (DESIGN §4): announcements with their positions, run by the county political-legal committee.
import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { FilterQuery } from '@mikro-orm/core';
import { AuditService, snapshot } from '@gridhr/audit';
import {
  assertInScope,
  assertVersion,
  AuthUser,
  groupBy,
  inScopeOrAbove,
  InvalidInput,
  isIsoDate,
  NotFound,
  paginate,
  RegionLevel,
  scopeWhere,
} from '@gridhr/common';
import { Grid, Region } from '@gridhr/org';
import { PolicyService } from '@gridhr/policy';
import { Education, WorkerCategory } from '@gridhr/workers';
import { Campaign, Position } from './campaign.entity';
import { CampaignStatus } from './recruiting.enums';
import { recruitingError, RecruitingReason } from './recruiting.errors';
import { RECRUITING_POLICIES } from './recruiting.policies';
import { EmployerChoice, employerChoiceProblem } from './recruiting.rules';
import { EmployerKind } from '@gridhr/contracts';

export interface EmployerInput {
  employerKind?: EmployerKind | null;
  employerName?: string | null;
}

export interface PositionInput extends EmployerInput {
  title: string;
  regionId: string;
  gridId?: string | null;
  category: WorkerCategory;
  headcount: number;
}

export interface CampaignInput extends EmployerInput {
  countyId: string;
  title: string;
  minAge: number;
  maxAge: number;
  ageReferenceDate: string;
  minEducation?: Education | null;
  residencePrefix?: string | null;
  otherRequirements?: string | null;
  registrationFrom: string;
  registrationTo: string;
  writtenWeightPercent?: number | null;
  publicityWorkingDays?: number | null;
  positions: PositionInput[];
}

/** An employer name as given, checked: never the political-legal committee. */
/** The employer a campaign or position names, checked (`at` is the input path, e.g. `input.positions[0]`). */
function employer(choice: EmployerChoice, at: string): { employerKind: EmployerKind | null; employerName: string | null } {
  const problem = employerChoiceProblem(choice);
  if (problem) throw new InvalidInput(`${at}.${problem.field}`, problem.problem);
  return { employerKind: choice.employerKind ?? null, employerName: choice.employerName?.trim() || null };
}

@Injectable()
export class CampaignsService {
  constructor(
    private readonly em: EntityManager,
    private readonly audit: AuditService,
    private readonly policy: PolicyService,
  ) {}

  async campaign(user: AuthUser, id: string, em: EntityManager = this.em): Promise<Campaign> {
    const campaign = await em.findOne(Campaign, id, { populate: ['county'] });
    // Township staff see their county's campaigns: they help with registration.
    if (!campaign || !inScopeOrAbove(user, campaign.regionCode, campaign.county.prefix)) throw new NotFound('Campaign', id);
    return campaign;
  }

  async campaigns(user: AuthUser, args: { first: number; after?: string; status?: CampaignStatus | null }) {
    const county = user.scopePrefix.slice(0, 6).padEnd(12, '0');
    const where: FilterQuery<Campaign>[] = [{ $or: [scopeWhere(user), { regionCode: county }] }];
    if (args.status) where.push({ status: args.status });
    return paginate(this.em, Campaign, { $and: where }, args, { field: 'createdAt', direction: 'DESC' }, { populate: ['county'] });
  }

  positionsOf(campaignIds: readonly string[]): Promise<Position[][]> {
    return this.em
      .find(Position, { campaign: { $in: [...campaignIds] } }, { populate: ['region', 'grid'], orderBy: { regionCode: 'asc', title: 'asc' } })
      .then((rows) => groupBy(campaignIds, rows, (p) => p.campaign.id));
  }

  async createCampaign(user: AuthUser, input: CampaignInput): Promise<Campaign> {
    if (!isIsoDate(input.registrationFrom) || !isIsoDate(input.registrationTo) || input.registrationTo < input.registrationFrom)
      throw new InvalidInput('input.registrationTo', 'must be a date on or after registrationFrom');
    if (input.minAge < 16 || input.maxAge > 65 || input.minAge > input.maxAge)
      throw new InvalidInput('input.maxAge', 'the age range must lie within 16-65, minAge first');
    if (!input.positions.length) throw new InvalidInput('input.positions', 'lists at least one position');
    if (input.residencePrefix && !/^\d{2,12}$/.test(input.residencePrefix))
      throw new InvalidInput('input.residencePrefix', 'is a division-code prefix of 2-12 digits');
    return this.em.transactional(async (em) => {
      const county = assertInScope(user, await em.findOne(Region, input.countyId), 'Region', input.countyId);
      if (county.level !== RegionLevel.COUNTY) throw new InvalidInput('input.countyId', `recruiting is run by a county, not a ${county.level}`);
      const policy = await this.policy.forRegion(county, input.registrationFrom, em);
      const campaign = em.create(Campaign, {
        title: input.title.trim(),
        county,
        regionCode: county.code,
        minAge: input.minAge,
        maxAge: input.maxAge,
        ageReferenceDate: input.ageReferenceDate,
        minEducation: input.minEducation ?? null,
        residencePrefix: input.residencePrefix ?? null,
        otherRequirements: input.otherRequirements?.trim() || null,
        registrationFrom: input.registrationFrom,
        registrationTo: input.registrationTo,
        writtenWeightPercent: input.writtenWeightPercent ?? policy.get(RECRUITING_POLICIES, 'recruiting.writtenExamWeightPercent'),
        publicityWorkingDays: input.publicityWorkingDays ?? policy.get(RECRUITING_POLICIES, 'recruiting.publicityWorkingDays'),
        disqualifications: policy.get(RECRUITING_POLICIES, 'recruiting.disqualifications'),
        priorityRule: policy.get(RECRUITING_POLICIES, 'recruiting.priorityRule'),
        ...employer(input, 'input'),
      });
      for (const [i, p] of input.positions.entries()) {
        const region = await em.findOne(Region, p.regionId);
        if (!region || !region.code.startsWith(county.prefix)) throw new InvalidInput(`input.positions[${i}].regionId`, `is not a region of ${county.name}`);
        if (![RegionLevel.TOWNSHIP, RegionLevel.COMMUNITY, RegionLevel.VILLAGE].includes(region.level))
          throw new InvalidInput(`input.positions[${i}].regionId`, 'is a township, community or village');
        const grid = p.gridId ? await em.findOne(Grid, p.gridId) : null;
        if (p.gridId && (!grid || !grid.regionCode.startsWith(region.prefix)))
          throw new InvalidInput(`input.positions[${i}].gridId`, `is not a grid of ${region.name}`);
        em.create(Position, {
          campaign,
          title: p.title.trim(),
          region,
          regionCode: region.code,
          grid,
          category: p.category,
          headcount: p.headcount,
          ...employer(p, `input.positions[${i}]`),
        });
      }
      this.audit.record(em, user, {
        entity: 'Campaign',
        entityId: campaign.id,
        action: 'CREATE',
        before: null,
        after: snapshot(campaign),
        regionCode: campaign.regionCode,
      });
      return campaign;
    });
  }

  /** A campaign the caller runs (their scope holds the county), not only one they can see. */
  async ownCampaign(user: AuthUser, id: string, em: EntityManager): Promise<Campaign> {
    const campaign = await this.campaign(user, id, em);
    if (!campaign.regionCode.startsWith(user.scopePrefix))
      throw recruitingError(RecruitingReason.COUNTY_ONLY, 'Only the county runs its campaigns', 'input.campaignId');
    return campaign;
  }

  /** DRAFT → OPEN (publish), OPEN → CLOSED (registration over), CLOSED → FINISHED. */
  async setCampaignStatus(user: AuthUser, input: { id: string; version: number; status: CampaignStatus }): Promise<Campaign> {
    const next: Record<CampaignStatus, CampaignStatus | null> = {
      DRAFT: CampaignStatus.OPEN,
      OPEN: CampaignStatus.CLOSED,
      CLOSED: CampaignStatus.FINISHED,
      FINISHED: null,
    };
    return this.em.transactional(async (em) => {
      const campaign = await this.ownCampaign(user, input.id, em);
      assertVersion(campaign, input.version, 'Campaign');
      const allowed = next[campaign.status as CampaignStatus];
      if (allowed !== input.status)
        throw recruitingError(
          RecruitingReason.CAMPAIGN_STATUS,
          `The campaign is ${campaign.status}; it can move to ${allowed ?? 'nothing'} next`,
          'input.status',
        );
      const before = snapshot(campaign);
      campaign.status = input.status;
      this.audit.record(em, user, {
        entity: 'Campaign',
        entityId: campaign.id,
        action: `STATUS_${input.status}`,
        before,
        after: snapshot(campaign),
        regionCode: campaign.regionCode,
      });
      return campaign;
    });
  }
}
