// Recruiting vocabulary (DESIGN §4).
export enum CampaignStatus {
  DRAFT = 'DRAFT',
  OPEN = 'OPEN',
  CLOSED = 'CLOSED',
  FINISHED = 'FINISHED',
}

/** Where an application stands: the step it is waiting for, or how it ended. */
export enum Stage {
  REGISTERED = 'REGISTERED',
  ELIGIBILITY = 'ELIGIBILITY',
  EXAM = 'EXAM',
  MEDICAL = 'MEDICAL',
  VETTING = 'VETTING',
  PUBLICITY = 'PUBLICITY',
  TRAINING = 'TRAINING',
  HIRED = 'HIRED',
  REJECTED = 'REJECTED',
  WITHDRAWN = 'WITHDRAWN',
}

export const STAGE_LABELS: Record<Stage, string> = {
  REGISTERED: '已报名',
  ELIGIBILITY: '资格审查',
  EXAM: '笔试面试',
  MEDICAL: '体检',
  VETTING: '政治审查',
  PUBLICITY: '公示',
  TRAINING: '岗前培训',
  HIRED: '已聘用',
  REJECTED: '未通过',
  WITHDRAWN: '已放弃',
};

export enum ObjectionStatus {
  OPEN = 'OPEN',
  UPHELD = 'UPHELD',
  DISMISSED = 'DISMISSED',
}
