// Regions' chat robots, and the daily digest posted to them: one message per robot and business day,
// counting the open compliance flags of the robot's region subtree (new, overdue, per rule).
import { Inject, Injectable, Logger } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { APP_CONFIG, AppConfig, assertInScope, AuthUser, Clock, InvalidInput, RegionLevel, scopeWhere } from '@gridhr/common';
import { AuditService, SYSTEM_ACTOR } from '@gridhr/audit';
import { Region } from '@gridhr/org';
import { PluginRegistry } from '@gridhr/platform';
import { PolicyService } from '@gridhr/policy';
import { PiiCipher } from '@gridhr/workers';
import { Jobs } from '@gridhr/queue';
import { ChatRobot } from './chat-robot.entity';
import { ChatRobotKind } from './digest.enums';
import { digestError, DigestReason } from './digest.errors';
import { CHAT_DIGEST } from './digest-job';
import { DIGEST_POLICIES } from './digest.policies';
import { DigestCount, DigestFigures, digestMarkdown, robotBody, robotReplyProblem, signedUrl, webhookUrlProblem } from './digest.rules';

const POST_TIMEOUT_MS = 10_000;
const ROBOT_LEVELS = [RegionLevel.PROVINCE, RegionLevel.CITY, RegionLevel.COUNTY, RegionLevel.TOWNSHIP];

// The open flags of a subtree: found since the last digest (or the last day), open longer than the
// policy's days, per rule. The scans stamp found_at with the database's now(), so the instants here are
// the database's too (the business Clock fixes the day, not the instant a flag was found).
const COUNTS_SQL = `
  with open as (
    select rule, severity::text as severity, found_at from compliance_flag where resolved_at is null and region_code like ? || '%')
  select 'new' as part, severity as key, count(*)::int as count from open
   where found_at > coalesce(?::timestamptz, now() - interval '1 day') group by severity
  union all
  select 'overdue', severity, count(*)::int from open where found_at < now() - make_interval(days => ?) group by severity
  union all
  select 'rule', rule, count(*)::int from open group by rule
  union all
  select 'now', to_char(now() at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'), 0`;

/** What a delivery round did. */
export interface DigestRound {
  posted: number;
  failed: number;
  skipped: number;
}

@Injectable()
export class DigestService {
  private readonly logger = new Logger('DigestService');

  constructor(
    private readonly em: EntityManager,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly policy: PolicyService,
    private readonly registry: PluginRegistry,
    private readonly jobs: Jobs,
    private readonly cipher: PiiCipher,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  robots(user: AuthUser): Promise<ChatRobot[]> {
    return this.em.find(ChatRobot, scopeWhere(user), { populate: ['region'], orderBy: { regionCode: 'asc' } });
  }

  /** Sets (or replaces) the robot of a region in scope; audited without the address's key. */
  async set(
    user: AuthUser,
    input: { regionId: string; kind: ChatRobotKind; webhookUrl: string; secret?: string | null; active?: boolean | null },
  ): Promise<ChatRobot> {
    const url = input.webhookUrl.trim();
    const problem = webhookUrlProblem(url, this.config.chatWebhookHosts);
    if (problem) throw new InvalidInput('input.webhookUrl', problem);
    return this.em.transactional(async (em) => {
      const region = assertInScope(user, await em.findOne(Region, input.regionId), 'Region', input.regionId);
      if (!ROBOT_LEVELS.includes(region.level))
        throw new InvalidInput('input.regionId', `a chat robot is kept per township, county, city or province, not per ${region.level}`);
      const existing = await em.findOne(ChatRobot, { region });
      const before = existing ? this.summary(existing) : null;
      const fields = {
        kind: input.kind,
        webhookUrlSealed: this.cipher.encrypt(url),
        webhookUrlMasked: maskedWebhook(url),
        secretSealed: input.secret?.trim() ? this.cipher.encrypt(input.secret.trim()) : null,
        active: input.active ?? true,
        updatedBy: user.username,
        lastError: null,
      };
      const robot = existing ? Object.assign(existing, fields) : em.create(ChatRobot, { region, regionCode: region.code, ...fields });
      this.audit.record(em, user, {
        entity: 'ChatRobot',
        entityId: robot.id,
        action: existing ? 'UPDATE' : 'CREATE',
        before,
        after: this.summary(robot),
        regionCode: region.code,
      });
      return robot;
    });
  }

  /** Queues today's digest for one robot in scope; returns the job's id. */
  async request(user: AuthUser, robotId: string): Promise<string> {
    const robot = assertInScope(user, await this.em.findOne(ChatRobot, robotId), 'ChatRobot', robotId);
    return (await this.jobs.add(CHAT_DIGEST, { robotId: robot.id })).id;
  }

  async remove(user: AuthUser, regionId: string): Promise<boolean> {
    return this.em.transactional(async (em) => {
      const region = assertInScope(user, await em.findOne(Region, regionId), 'Region', regionId);
      const robot = await em.findOne(ChatRobot, { region });
      if (!robot) return false;
      this.audit.record(em, user, {
        entity: 'ChatRobot',
        entityId: robot.id,
        action: 'DELETE',
        before: this.summary(robot),
        after: null,
        regionCode: region.code,
      });
      em.remove(robot);
      return true;
    });
  }

  /**
   * Posts today's digest to every active robot (or one) not yet posted today. A robot that fails keeps its
   * error and the round throws, so the job retries with backoff; the robots already posted are skipped then.
   */
  async postDue(robotId?: string): Promise<DigestRound> {
    const today = this.clock.today();
    const em = this.em.fork();
    const robots = await em.find(ChatRobot, { active: true, ...(robotId ? { id: robotId } : {}) }, { populate: ['region'] });
    const round: DigestRound = { posted: 0, failed: 0, skipped: 0 };
    const errors: string[] = [];
    for (const robot of robots) {
      if (robot.lastPostedOn === today) {
        round.skipped++;
        continue;
      }
      try {
        const { figures, countedAt } = await this.figures(em, robot, today);
        await this.post(robot, robotBody(robot.kind, digestMarkdown(figures)));
        robot.lastPostedOn = today;
        robot.lastPostedAt = countedAt;
        robot.lastError = null;
        this.audit.record(em, SYSTEM_ACTOR, {
          entity: 'ChatRobot',
          entityId: robot.id,
          action: 'POST_DIGEST',
          before: null,
          after: { day: today },
          regionCode: robot.regionCode,
        });
        round.posted++;
      } catch (error) {
        robot.lastError = (error as Error).message.slice(0, 500);
        errors.push(`${robot.region.name}: ${robot.lastError}`);
        round.failed++;
      }
      await em.flush();
    }
    if (errors.length) throw digestError(DigestReason.ROBOT_UNREACHABLE, `The digest did not reach ${errors.join('; ')}`, 'webhookUrl');
    return round;
  }

  private async figures(em: EntityManager, robot: ChatRobot, today: string): Promise<{ figures: DigestFigures; countedAt: Date }> {
    const policy = await this.policy.forRegion(robot.region, today, em);
    const overdueDays = policy.get(DIGEST_POLICIES, 'digest.overdueDays');
    const rows = await em
      .getConnection()
      .execute<{ part: string; key: string; count: number }[]>(COUNTS_SQL, [robot.region.prefix, robot.lastPostedAt, overdueDays]);
    const part = (name: string): DigestCount[] => rows.filter((r) => r.part === name).map((r) => ({ key: r.key, count: Number(r.count) }));
    const titles = new Map(this.registry.rules.map((r) => [r.id, r.titleZh]));
    const openByRule = part('rule')
      .map((r) => ({ key: titles.get(r.key) ?? r.key, count: r.count }))
      .sort((a, b) => b.count - a.count || a.key.localeCompare(b.key));
    const countedAt = new Date(rows.find((r) => r.part === 'now')!.key);
    return {
      figures: { regionName: robot.region.name, day: today, newBySeverity: part('new'), overdueBySeverity: part('overdue'), overdueDays, openByRule },
      countedAt,
    };
  }

  private async post(robot: ChatRobot, body: Record<string, unknown>): Promise<void> {
    const secret = robot.secretSealed ? this.cipher.decrypt(robot.secretSealed) : null;
    const url = signedUrl(robot.kind, this.cipher.decrypt(robot.webhookUrlSealed), secret, this.clock.now());
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json; charset=utf-8' },
      body: JSON.stringify(body),
      signal: AbortSignal.timeout(POST_TIMEOUT_MS),
      redirect: 'error',
    });
    const reply = await response.json().catch(() => null);
    const problem = robotReplyProblem(response.status, reply);
    if (problem) throw new Error(problem);
    this.logger.log(`digest posted to the ${robot.kind} robot of ${robot.regionCode}`);
  }

  /** A robot as the audit trail keeps it: the address's host only, never its key. */
  private summary(robot: ChatRobot): Record<string, unknown> {
    return { kind: robot.kind, host: new URL(robot.webhookUrlMasked).host, signed: !!robot.secretSealed, active: robot.active };
  }
}

/** The address as shown: host and path, the key masked. */
export function maskedWebhook(url: string): string {
  const parsed = new URL(url);
  const query = [...parsed.searchParams.keys()].map((k) => `${k}=****`).join('&');
  return `${parsed.protocol}//${parsed.host}${parsed.pathname}${query ? `?${query}` : ''}`;
}
