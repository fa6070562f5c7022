import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { Workbook } from 'exceljs';
import { AuthUser, Clock } from '@gridhr/common';
import { ageOn, LABELS } from '@gridhr/workers';
import { Application, Position } from './campaign.entity';
import { Stage } from './recruiting.enums';
import { CampaignsService } from './campaigns.service';
import { styleHeader, XLSX_MIME } from '@gridhr/sheets';

const file = async (workbook: Workbook, fileName: string) => ({
  fileName,
  mimeType: XLSX_MIME,
  contentBase64: Buffer.from(await workbook.xlsx.writeBuffer()).toString('base64'),
});

/** Printable documents of a campaign: the announcement and the publicity notice. */
@Injectable()
export class RecruitingExports {
  constructor(
    private readonly em: EntityManager,
    private readonly clock: Clock,
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
      ['不得报考', '涉嫌违法违纪正在接受审查的；受过刑事处罚的；受过治安管理处罚的；被开除公职的'],
      ['同分优先', '中共党员、具有职称、持有社会工作者职业资格证书、退役军人、低保对象，依次优先'],
      ['公示', `拟聘用人员公示${campaign.publicityWorkingDays}个工作日`],
    ];
    if (campaign.otherRequirements) lines.push(['其他条件', campaign.otherRequirements]);
    for (const [label, text] of lines) sheet.addRow([label, text]).getCell(2).alignment = { wrapText: true };
    for (const row of lines.keys()) sheet.mergeCells(row + 2, 2, row + 2, 4);
    sheet.addRow([]);
    const header = sheet.addRow(['岗位', '所属乡镇/社区/村', '人员类别', '招聘人数']);
    styleHeader(sheet, header.number);
    for (const p of positions) sheet.addRow([p.title + (p.grid ? `（${p.grid.name}）` : ''), p.region.name, LABELS.category[p.category], p.headcount]);
    return file(workbook, `${campaign.title}.xlsx`);
  }

  /** Names, sex, age, education, post and score of those in publicity; ID numbers are not published. */
  async publicityNotice(user: AuthUser, campaignId: string) {
    const campaign = await this.campaigns.campaign(user, campaignId);
    const listed = await this.em.find(
      Application,
      { campaign, stage: { $in: [Stage.PUBLICITY, Stage.TRAINING, Stage.HIRED] } },
      { populate: ['position'], orderBy: { position: { title: 'asc' }, rank: 'asc' } },
    );
    const workbook = new Workbook();
    const sheet = workbook.addWorksheet('公示名单', { pageSetup: { paperSize: 9, orientation: 'portrait', fitToPage: true, fitToWidth: 1, fitToHeight: 0 } });
    sheet.columns = [{ width: 8 }, { width: 12 }, { width: 6 }, { width: 6 }, { width: 14 }, { width: 24 }, { width: 10 }];
    sheet.mergeCells(1, 1, 1, 7);
    sheet.getCell(1, 1).value = `${campaign.title}拟聘用人员公示（${campaign.publicityStartsOn ?? this.clock.today()} 至 ${campaign.publicityEndsOn ?? ''}）`;
    sheet.getCell(1, 1).font = { bold: true, size: 14 };
    sheet.addRow(['序号', '姓名', '性别', '年龄', '学历', '岗位', '综合成绩']);
    styleHeader(sheet, 2);
    listed.forEach((a, i) =>
      sheet.addRow([
        i + 1,
        a.name,
        LABELS.sex[a.sex],
        ageOn(a.birthDate, campaign.publicityStartsOn ?? this.clock.today()),
        a.education ? LABELS.education[a.education] : '',
        a.position.title,
        a.compositeScore === null ? '' : (a.compositeScore / 100).toFixed(2),
      ]),
    );
    sheet.addRow([]);
    sheet.addRow(['公示期间如有异议，请向县委政法委反映。']);
    return file(workbook, `${campaign.title}公示名单.xlsx`);
  }
}
