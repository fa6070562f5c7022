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

export enum ObjectionStatus {
  OPEN = 'OPEN',
  UPHELD = 'UPHELD',
  DISMISSED = 'DISMISSED',
}
