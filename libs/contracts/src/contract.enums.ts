// Contracts and insurance vocabulary (DESIGN §5).
export enum ContractKind {
  /** 劳动合同 with the county office, township or another employer. */
  LABOR = 'LABOR',
  /** 劳务派遣: a labor company employs the worker and dispatches them. */
  DISPATCH = 'DISPATCH',
  /** 政府购买服务: a service provider is paid for the work; not an employment contract. */
  SERVICE_PURCHASE = 'SERVICE_PURCHASE',
  /** 非全日制用工 (Labor Contract Law art. 68-72). */
  PART_TIME_AGREEMENT = 'PART_TIME_AGREEMENT',
  /** 劳务协议: a service agreement with someone not in a labour relationship (a part-time village cadre, a retiree). */
  SERVICE_AGREEMENT = 'SERVICE_AGREEMENT',
}

export enum ContractStatus {
  DRAFT = 'DRAFT',
  ACTIVE = 'ACTIVE',
  ENDED = 'ENDED',
  TERMINATED = 'TERMINATED',
}

export enum EmployerKind {
  COUNTY_OFFICE = 'COUNTY_OFFICE',
  TOWNSHIP = 'TOWNSHIP',
  LABOR_COMPANY = 'LABOR_COMPANY',
  OTHER = 'OTHER',
}

export enum InsuranceKind {
  PENSION = 'PENSION',
  MEDICAL = 'MEDICAL',
  UNEMPLOYMENT = 'UNEMPLOYMENT',
  WORK_INJURY = 'WORK_INJURY',
  ACCIDENT = 'ACCIDENT',
}

/** Social insurance a full-time worker must have (Zigong measures art. 18; Social Insurance Law). */
export const SOCIAL_INSURANCE = [InsuranceKind.PENSION, InsuranceKind.MEDICAL, InsuranceKind.UNEMPLOYMENT, InsuranceKind.WORK_INJURY];

export enum PayerKind {
  COUNTY = 'COUNTY',
  TOWNSHIP = 'TOWNSHIP',
  EMPLOYER = 'EMPLOYER',
  WORKER = 'WORKER',
}
