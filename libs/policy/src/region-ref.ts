// Policy sits below the org library (org reads grid-sizing numbers from it), so it refers to regions
// by entity name instead of importing the Region class.
import { EntityManager } from '@mikro-orm/core';
import { assertInScope, AuthUser, RegionLevel } from '@gridhr/common';

export interface RegionRef {
  id: string;
  code: string;
  level: RegionLevel;
  regionCode: string;
}

export async function findRegion(em: EntityManager, user: AuthUser, id: string): Promise<RegionRef> {
  return assertInScope(user, await em.findOne<RegionRef>('Region', { id }), 'Region', id);
}
