import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { Workbook } from 'exceljs';
import { AuthUser, NotFound } from '@gridhr/common';
import { ageOn, LABELS } from '@gridhr/workers';
import { Application, Position } from './campaign.entity';
import { PublicityRound } from './publicity-round.entity';
import { DISQUALIFICATIONS, Disqualification, PriorityGroup, PriorityRule } from './recruiting.rules';
import { CampaignsService } from './campaigns.service';
import { styleHeader, workbookFile } from '@gridhr/sheets';

/** Printable documents of a campaign: the announcement and the publicity notice. */
@Injectable()
export class RecruitingExports {
  constructor(
    private readonly em: EntityManager,
    private readonly campaigns: CampaignsService,
  ) {}

  async announcement(user: AuthUser, campaignId: string) {
    const campaign = await this.campaigns.campaign(user, campaignId);
    const positions = await this.em.find(Position, { campaign }, { populate: ['region', 'grid'], orderBy: { regionCode: 'asc' } });
    const workbook = new Workbook();
    const sheet = workbook.addWorksheet('招聘公告', { pageSetup: { paperSize: 9, orientation: 'portrait', fitToPage: true, fitToWidth: 1, fitToHeight: 0 } });
    sheet.columns = [{ width: 22 }, { width: 22 }, { width: 16 }, { width: 12 }];
    sheet.mergeCells(1, 1, 1, 4);
    sheet.getCell(1, 1).value = campaign.title;
    sheet.getCell(1, 1).font = { bold: true, size: 16 };
    sheet.getCell(1, 1).alignment = { horizontal: 'center' };
    const lines: [string, string][] = [
      ['报名时间', `${campaign.registrationFrom} 至 ${campaign.registrationTo}`],
      ['年龄', `${campaign.minAge}至${campaign.maxAge}周岁（以${campaign.ageReferenceDate}计算）`],
      ['学历', campaign.minEducation ? `${LABELS.education[campaign.minEducation]}及以上` : '不限'],
      ['户籍', campaign.residencePrefix ? `户籍在区划代码 ${campaign.residencePrefix} 范围内` : '不限'],
      ['成绩计算', `笔试成绩×${campaign.writtenWeightPercent}% + 面试成绩×${100 - campaign.writtenWeightPercent}%`],
      ['不得报考', campaign.disqualifications.map((d) => DISQUALIFICATIONS[d as Disqualification]?.label ?? d).join('；') || '无'],
      ['同分排序', priorityText(campaign.priorityRule)],
      ['公示', `拟聘用人员公示${campaign.publicityWorkingDays}个工作日`],
    ];
    if (campaign.otherRequirements) lines.push(['其他条件', campaign.otherRequirements]);
    for (const [label, text] of lines) sheet.addRow([label, text]).getCell(2).alignment = { wrapText: true };
    for (const row of lines.keys()) sheet.mergeCells(row + 2, 2, row + 2, 4);
    sheet.addRow([]);
    const header = sheet.addRow(['岗位', '所属乡镇/社区/村', '人员类别', '招聘人数']);
    styleHeader(sheet, header.number);
    for (const p of positions) sheet.addRow([p.title + (p.grid ? `（${p.grid.name}）` : ''), p.region.name, LABELS.category[p.category], p.headcount]);
    return workbookFile(workbook, `${campaign.title}.xlsx`);
  }

  /**
   * The publicity notice of one round (the latest by default): its exact dates, and the name, sex, age,
   * education, post and score of those it lists; ID numbers are not published.
   */
  async publicityNotice(user: AuthUser, campaignId: string, roundNumber?: number | null) {
    const campaign = await this.campaigns.campaign(user, campaignId);
    const round = await this.em.findOne(PublicityRound, { campaign, ...(roundNumber ? { round: roundNumber } : {}) }, { orderBy: { round: 'desc' } });
    if (!round) throw new NotFound(roundNumber ? `Publicity round ${roundNumber} of campaign` : 'A publicity of campaign', campaignId);
    const listed = await this.em.find(Application, { publicityRound: round }, { populate: ['position'], orderBy: { position: { title: 'asc' }, rank: 'asc' } });
    const workbook = new Workbook();
    const sheet = workbook.addWorksheet('公示名单', { pageSetup: { paperSize: 9, orientation: 'portrait', fitToPage: true, fitToWidth: 1, fitToHeight: 0 } });
    sheet.columns = [{ width: 8 }, { width: 12 }, { width: 6 }, { width: 6 }, { width: 14 }, { width: 24 }, { width: 10 }];
    sheet.mergeCells(1, 1, 1, 7);
    const replacement = round.round > 1 ? '（递补）' : '';
    sheet.getCell(1, 1).value = `${campaign.title}拟聘用人员公示${replacement}`;
    sheet.getCell(1, 1).font = { bold: true, size: 14 };
    sheet.mergeCells(2, 1, 2, 7);
    sheet.getCell(2, 1).value = `公示期：${chineseDate(round.startsOn)}至${chineseDate(round.endsOn)}（${campaign.publicityWorkingDays}个工作日）`;
    sheet.addRow(['序号', '姓名', '性别', '年龄', '学历', '岗位', '综合成绩']);
    styleHeader(sheet, 3);
    listed.forEach((a, i) =>
      sheet.addRow([
        i + 1,
        a.name,
        LABELS.sex[a.sex],
        ageOn(a.birthDate, round.startsOn),
        a.education ? LABELS.education[a.education] : '',
        a.position.title,
        a.compositeScore === null ? '' : (a.compositeScore / 100).toFixed(2),
      ]),
    );
    sheet.addRow([]);
    // 于…前 would leave out the last day, on which objections are still taken.
    sheet.addRow([`公示期间（截至${chineseDate(round.endsOn)}，含当日）如有异议，请向县委政法委反映。`]);
    return workbookFile(workbook, `${campaign.title}公示名单${round.round > 1 ? `（第${round.round}轮）` : ''}.xlsx`);
  }
}

/** 2026-11-25 → 2026年11月25日. */
function chineseDate(day: string): string {
  return `${Number(day.slice(0, 4))}年${Number(day.slice(5, 7))}月${Number(day.slice(8, 10))}日`;
}

const GROUP_LABELS: Record<PriorityGroup, string> = {
  cpcMember: '中共党员',
  professionalTitle: '具有职称',
  socialWorkCertificate: '持有社会工作者职业资格证书',
  veteran: '退役军人',
  lowIncome: '低保对象',
};

/** How equal scores are ordered, in the announcement's words. */
function priorityText(rule: PriorityRule): string {
  const groups = rule.order.map((g) => GROUP_LABELS[g]).join('、');
  const first = rule.mode === 'ORDER' ? `综合成绩相同的，${groups}依次优先` : `综合成绩相同的，按具备${groups}条件的项数多者优先`;
  return `${first}${rule.writtenScoreBreaksTies ? '；仍相同的，笔试成绩高者优先' : ''}；仍相同的，加试决定`;
}
