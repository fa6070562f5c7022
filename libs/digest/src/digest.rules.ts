// The daily digest as pure functions: which webhook addresses are allowed, and the message each robot
// takes. Counts only, per severity and per rule: never a name, an ID number or a flag's message (PIPL
// art. 6: no more personal data than the purpose needs; a group chat is not the place for it).
import { createHmac } from 'node:crypto';
import { Severity, SEVERITY_ORDER } from '@gridhr/platform';
import { ChatRobotKind } from './digest.enums';

const SEVERITY_LABEL: Record<Severity, string> = { CRITICAL: '严重', HIGH: '高', MEDIUM: '中', LOW: '低' };

/** Why a webhook address may not be used (null: it may): https to a robot host, or a host the operator allowed. */
export function webhookUrlProblem(url: string, allowedHosts: readonly string[]): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return 'is not a web address';
  }
  if (parsed.username || parsed.password) return 'must not carry a user name or password';
  const local = parsed.hostname === '127.0.0.1' || parsed.hostname === 'localhost';
  if (parsed.protocol !== 'https:' && !(parsed.protocol === 'http:' && local)) return 'must be an https address';
  if (!allowedHosts.includes(parsed.hostname)) return `must be a group robot of ${allowedHosts.join(' or ')} (the operator sets CHAT_WEBHOOK_HOSTS)`;
  return null;
}

/** One severity's count, or one rule's. */
export interface DigestCount {
  key: string;
  count: number;
}

export interface DigestFigures {
  regionName: string;
  day: string;
  /** Flags found since the last digest (or the last day), by severity. */
  newBySeverity: DigestCount[];
  /** Flags open longer than `overdueDays`, by severity. */
  overdueBySeverity: DigestCount[];
  overdueDays: number;
  /** Every open flag, by rule title (most first). */
  openByRule: DigestCount[];
}

const total = (counts: DigestCount[]) => counts.reduce((n, c) => n + c.count, 0);

function bySeverity(counts: DigestCount[]): string {
  const of = new Map(counts.map((c) => [c.key, c.count]));
  return [...SEVERITY_ORDER]
    .reverse()
    .map((s) => `${SEVERITY_LABEL[s]} ${of.get(s) ?? 0}`)
    .join('，');
}

/** The digest in markdown, as both robots render it (headings, bold, quotes; no tables). */
export function digestMarkdown(f: DigestFigures): { title: string; text: string } {
  const title = `GridHR 合规提醒 ${f.regionName} ${f.day}`;
  const open = total(f.openByRule);
  const lines = [
    `### ${title}`,
    `**新增** ${total(f.newBySeverity)} 条（${bySeverity(f.newBySeverity)}）`,
    `**逾期未处理**（超过 ${f.overdueDays} 天）${total(f.overdueBySeverity)} 条（${bySeverity(f.overdueBySeverity)}）`,
    `**未处理合计** ${open} 条`,
    ...f.openByRule.slice(0, 10).map((r) => `> ${r.key}：${r.count}`),
    ...(f.openByRule.length > 10 ? [`> 其他 ${f.openByRule.length - 10} 项：${total(f.openByRule.slice(10))}`] : []),
    '请登录 GridHR 查看明细（complianceFlags）。',
  ];
  return { title, text: lines.join('\n') };
}

/** The body the robot's webhook takes. */
export function robotBody(kind: ChatRobotKind, message: { title: string; text: string }): Record<string, unknown> {
  // WeCom caps markdown content at 4096 bytes; the digest stays far below (ten rules at most).
  if (kind === ChatRobotKind.WECOM) return { msgtype: 'markdown', markdown: { content: message.text } };
  return { msgtype: 'markdown', markdown: { title: message.title, text: message.text } };
}

/** DingTalk's signed webhook (加签): timestamp and HmacSHA256(secret, "timestamp\nsecret"), base64, on the address. */
export function signedUrl(kind: ChatRobotKind, url: string, secret: string | null, now: Date): string {
  if (kind !== ChatRobotKind.DINGTALK || !secret) return url;
  const timestamp = String(now.getTime());
  const sign = createHmac('sha256', secret).update(`${timestamp}\n${secret}`).digest('base64');
  const signed = new URL(url);
  signed.searchParams.set('timestamp', timestamp);
  signed.searchParams.set('sign', sign);
  return signed.toString();
}

/** Both robots answer 200 with {errcode: 0} when they took the message; anything else is a failure to retry. */
export function robotReplyProblem(status: number, body: unknown): string | null {
  if (status < 200 || status >= 300) return `the robot answered HTTP ${status}`;
  const reply = body as { errcode?: unknown; errmsg?: unknown } | null;
  if (!reply || reply.errcode !== 0) return `the robot refused the message: ${String(reply?.errmsg ?? 'no errcode 0 in its answer').slice(0, 200)}`;
  return null;
}
