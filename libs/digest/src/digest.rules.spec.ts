import { createHmac } from 'node:crypto';
import { ChatRobotKind } from './digest.enums';
import { digestMarkdown, robotBody, robotReplyProblem, signedUrl, webhookUrlProblem } from './digest.rules';

const HOSTS = ['qyapi.weixin.qq.com', 'oapi.dingtalk.com'];

describe('the office chat digest', () => {
  it('takes only https addresses of the robot hosts (plain http only to this machine, when allowed)', () => {
    expect(webhookUrlProblem('https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=abc', HOSTS)).toBeNull();
    expect(webhookUrlProblem('https://oapi.dingtalk.com/robot/send?access_token=abc', HOSTS)).toBeNull();
    expect(webhookUrlProblem('http://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=abc', HOSTS)).toMatch(/https/);
    expect(webhookUrlProblem('https://169.254.169.254/latest/meta-data', HOSTS)).toMatch(/group robot of/);
    expect(webhookUrlProblem('https://user:pw@qyapi.weixin.qq.com/x', HOSTS)).toMatch(/password/);
    expect(webhookUrlProblem('not a url', HOSTS)).toMatch(/web address/);
    expect(webhookUrlProblem('http://127.0.0.1:8080/robot', HOSTS)).toMatch(/group robot of/);
    expect(webhookUrlProblem('http://127.0.0.1:8080/robot', ['127.0.0.1'])).toBeNull();
  });

  const figures = {
    regionName: '城关街道',
    day: '2026-11-25',
    newBySeverity: [
      { key: 'HIGH', count: 2 },
      { key: 'LOW', count: 1 },
    ],
    overdueBySeverity: [{ key: 'CRITICAL', count: 1 }],
    overdueDays: 7,
    openByRule: [
      { key: '合同到期未续签', count: 4 },
      { key: '未参加岗前培训', count: 1 },
    ],
  };

  it('writes counts by severity and by rule, and nothing else', () => {
    const { title, text } = digestMarkdown(figures);
    expect(title).toBe('GridHR 合规提醒 城关街道 2026-11-25');
    expect(text.split('\n')).toEqual([
      '### GridHR 合规提醒 城关街道 2026-11-25',
      '**新增** 3 条（严重 0，高 2，中 0，低 1）',
      '**逾期未处理**（超过 7 天）1 条（严重 1，高 0，中 0，低 0）',
      '**未处理合计** 5 条',
      '> 合同到期未续签：4',
      '> 未参加岗前培训：1',
      '请登录 GridHR 查看明细（complianceFlags）。',
    ]);
    const many = digestMarkdown({ ...figures, openByRule: Array.from({ length: 12 }, (_, i) => ({ key: `规则${i}`, count: 12 - i })) });
    expect(many.text).toContain('> 其他 2 项：3');
  });

  it('puts the message in each robot’s format', () => {
    const message = { title: 't', text: '### t' };
    expect(robotBody(ChatRobotKind.WECOM, message)).toEqual({ msgtype: 'markdown', markdown: { content: '### t' } });
    expect(robotBody(ChatRobotKind.DINGTALK, message)).toEqual({ msgtype: 'markdown', markdown: { title: 't', text: '### t' } });
  });

  it('signs a DingTalk address with its secret, and leaves others alone', () => {
    const now = new Date(1_764_000_000_000);
    const url = new URL(signedUrl(ChatRobotKind.DINGTALK, 'https://oapi.dingtalk.com/robot/send?access_token=a', 'SECxyz', now));
    expect(url.searchParams.get('timestamp')).toBe('1764000000000');
    expect(url.searchParams.get('sign')).toBe(createHmac('sha256', 'SECxyz').update('1764000000000\nSECxyz').digest('base64'));
    expect(url.searchParams.get('access_token')).toBe('a');
    expect(signedUrl(ChatRobotKind.WECOM, 'https://qyapi.weixin.qq.com/x?key=a', 'SECxyz', now)).toBe('https://qyapi.weixin.qq.com/x?key=a');
  });

  it('takes errcode 0 as delivered and anything else as a failure', () => {
    expect(robotReplyProblem(200, { errcode: 0, errmsg: 'ok' })).toBeNull();
    expect(robotReplyProblem(200, { errcode: 93000, errmsg: 'invalid webhook url' })).toMatch(/invalid webhook url/);
    expect(robotReplyProblem(502, null)).toMatch(/HTTP 502/);
    expect(robotReplyProblem(200, 'ok')).toMatch(/refused/);
  });
});
