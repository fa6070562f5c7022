// npm run admin:create -- <username> <province-code> <province-name>   (password in ADMIN_PASSWORD)
// Bootstraps a real deployment: the province region (if missing) and a SYSADMIN scoped to it.
import 'reflect-metadata';
import { MikroORM } from '@mikro-orm/postgresql';
import { divisionCodeProblem, loadConfigOrExit, RegionLevel, Role } from '@gridhr/common';
import { AuditService, snapshot, SYSTEM_ACTOR } from '@gridhr/audit';
import { hashPassword, passwordProblem, User } from '@gridhr/auth';
import { ormConfig } from '@gridhr/database';
import { Region } from '@gridhr/org';
import { ENTITIES } from '@gridhr/domains';

async function main(): Promise<void> {
  const [username, code, name] = process.argv.slice(2);
  const password = process.env.ADMIN_PASSWORD ?? '';
  if (!username || !code || !name) throw new Error('usage: npm run admin:create -- <username> <province-code> <province-name>');
  if (!password) throw new Error('set ADMIN_PASSWORD');
  const weak = passwordProblem(password, username);
  if (weak) throw new Error(`ADMIN_PASSWORD ${weak}`);
  const problem = divisionCodeProblem(code, RegionLevel.PROVINCE, null);
  if (problem) throw new Error(`province code ${code} ${problem}`);
  const config = loadConfigOrExit();
  const orm = await MikroORM.init(ormConfig(config.databaseUrl, ENTITIES));
  const audit = new AuditService(orm.em);
  try {
    const passwordHash = await hashPassword(password);
    await orm.em.fork().transactional(async (em) => {
      let region = await em.findOne(Region, { code });
      if (!region) {
        region = em.create(Region, { code, name, level: RegionLevel.PROVINCE, parent: null });
        audit.record(em, SYSTEM_ACTOR, { entity: 'Region', entityId: region.id, action: 'CREATE', before: null, after: snapshot(region), regionCode: code });
      }
      if (await em.count(User, { username })) throw new Error(`user ${username} already exists`);
      const user = em.create(User, { username, displayName: username, passwordHash, role: Role.SYSADMIN, scopeRegion: region, regionCode: region.code });
      audit.record(em, SYSTEM_ACTOR, { entity: 'User', entityId: user.id, action: 'CREATE', before: null, after: snapshot(user), regionCode: region.code });
    });
    console.log(`Created SYSADMIN ${username} for ${name} (${code}).`);
  } finally {
    await orm.close(true);
  }
}

main().catch((error: Error) => {
  console.error(error.message);
  process.exit(1);
});
