// Who sees a cycle and who runs it. Policy assessment.cycleOwner says which level runs cycles (the county
// political-legal committee by default; a jurisdiction may give it to the township); the owner is that
// region's own staff. Everyone under or above the cycle's region sees it; results stay scoped per worker.
import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { AuthUser, Clock, inScopeOrAbove, NotFound, RegionLevel, Role } from '@gridhr/common';
import { Region } from '@gridhr/org';
import { PolicyService } from '@gridhr/policy';
import { CycleOwner, CycleStatus } from './assessment.enums';
import { assessmentError, AssessmentReason } from './assessment.errors';
import { ASSESSMENT_POLICIES } from './assessment.policies';
import { AssessmentCycle } from './assessment-cycle.entity';

const OWNERS: Record<CycleOwner, { level: RegionLevel; role: Role; name: string }> = {
  COUNTY: { level: RegionLevel.COUNTY, role: Role.COUNTY_PLC, name: 'the county political-legal committee' },
  TOWNSHIP: { level: RegionLevel.TOWNSHIP, role: Role.TOWNSHIP_STAFF, name: 'the township' },
};

@Injectable()
export class CycleAccess {
  constructor(
    private readonly policy: PolicyService,
    private readonly clock: Clock,
  ) {}

  visible(user: AuthUser, cycle: AssessmentCycle): boolean {
    return inScopeOrAbove(user, cycle.regionCode, cycle.region.prefix);
  }

  /**
   * A cycle the caller may see (NOT_FOUND otherwise), its region loaded. With `lock`, the row is locked
   * first in the caller's transaction: entering scores takes a share lock and finalising or re-opening an
   * update lock, so no score slips into a cycle while it is being finalised.
   */
  async load(em: EntityManager, user: AuthUser, id: string, lock?: 'share' | 'update'): Promise<AssessmentCycle> {
    if (lock) await em.execute(`select id from assessment_cycle where id = ? for ${lock}`, [id]);
    const cycle = await em.findOne(AssessmentCycle, id, { populate: ['region'] });
    if (!cycle || !this.visible(user, cycle)) throw new NotFound('AssessmentCycle', id);
    return cycle;
  }

  async ownerOf(em: EntityManager, region: Region): Promise<CycleOwner> {
    return (await this.policy.forRegion(region, this.clock.today(), em)).get(ASSESSMENT_POLICIES, 'assessment.cycleOwner') as CycleOwner;
  }

  /** The caller runs the cycles of `region`: the policy gives them to its level, and the caller is its staff. */
  async assertOwner(em: EntityManager, user: AuthUser, region: Region, field = 'input.regionId'): Promise<void> {
    const owner = OWNERS[await this.ownerOf(em, region)];
    if (region.level !== owner.level)
      throw assessmentError(
        AssessmentReason.CYCLE_OWNER,
        `Policy assessment.cycleOwner gives assessment cycles to ${owner.name} (a ${owner.level}); ${region.name} is a ${region.level}`,
        field,
      );
    if (user.role !== owner.role || user.scopePrefix !== region.prefix)
      throw assessmentError(
        AssessmentReason.CYCLE_OWNER,
        `${region.name}'s assessment cycles are run by ${owner.name} of ${region.name} (${owner.role})`,
        field,
      );
  }

  assertOpen(cycle: AssessmentCycle): void {
    if (cycle.status !== CycleStatus.OPEN)
      throw assessmentError(
        AssessmentReason.CYCLE_FINALISED,
        `Cycle ${cycle.label} of ${cycle.region.name} was finalised on ${cycle.finalisedOn}; it is locked until the county re-opens it`,
        'input.cycleId',
      );
  }
}
