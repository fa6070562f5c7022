// Worker vocabularies (DESIGN §3). Chinese labels are what townships write in their spreadsheets.
export enum Sex {
  MALE = 'MALE',
  FEMALE = 'FEMALE',
}

export enum Education {
  PRIMARY = 'PRIMARY',
  JUNIOR_HIGH = 'JUNIOR_HIGH',
  SENIOR_HIGH = 'SENIOR_HIGH',
  JUNIOR_COLLEGE = 'JUNIOR_COLLEGE',
  BACHELOR = 'BACHELOR',
  MASTER = 'MASTER',
  DOCTOR = 'DOCTOR',
}

export enum PoliticalStatus {
  CPC_MEMBER = 'CPC_MEMBER',
  CPC_PROBATIONARY = 'CPC_PROBATIONARY',
  CYL_MEMBER = 'CYL_MEMBER',
  DEMOCRATIC_PARTY = 'DEMOCRATIC_PARTY',
  MASSES = 'MASSES',
}

export enum SocialWorkCertificate {
  NONE = 'NONE',
  ASSISTANT = 'ASSISTANT',
  INTERMEDIATE = 'INTERMEDIATE',
  SENIOR = 'SENIOR',
}

// Shanxi measures [004]: where grid workers come from.
export enum HireSource {
  SERVICE_PURCHASE = 'SERVICE_PURCHASE',
  LABOR_COMPANY = 'LABOR_COMPANY',
  VILLAGE_COMMITTEE = 'VILLAGE_COMMITTEE',
  GRADUATE_SCHEME = 'GRADUATE_SCHEME',
  COMMUNITY_WORKER = 'COMMUNITY_WORKER',
}

// Jiangmen [003], Shanxi [004], Qingyuan [000]: the kinds of grid worker.
export enum WorkerCategory {
  GRID_LEADER = 'GRID_LEADER',
  FULL_TIME = 'FULL_TIME',
  PART_TIME = 'PART_TIME',
  PROFESSIONAL = 'PROFESSIONAL',
  AUXILIARY = 'AUXILIARY',
  INFORMANT = 'INFORMANT',
}

export enum WorkerStatus {
  CANDIDATE = 'CANDIDATE',
  ONBOARDING = 'ONBOARDING',
  ACTIVE = 'ACTIVE',
  EXITED = 'EXITED',
}

export const LABELS = {
  sex: { MALE: '男', FEMALE: '女' },
  education: {
    PRIMARY: '小学',
    JUNIOR_HIGH: '初中',
    SENIOR_HIGH: '高中/中专',
    JUNIOR_COLLEGE: '大专',
    BACHELOR: '本科',
    MASTER: '硕士研究生',
    DOCTOR: '博士研究生',
  },
  politicalStatus: { CPC_MEMBER: '中共党员', CPC_PROBATIONARY: '中共预备党员', CYL_MEMBER: '共青团员', DEMOCRATIC_PARTY: '民主党派', MASSES: '群众' },
  socialWorkCertificate: { NONE: '无', ASSISTANT: '助理社会工作师', INTERMEDIATE: '社会工作师', SENIOR: '高级社会工作师' },
  hireSource: {
    SERVICE_PURCHASE: '政府购买服务',
    LABOR_COMPANY: '劳务派遣公司',
    VILLAGE_COMMITTEE: '村（社区）两委成员',
    GRADUATE_SCHEME: '高校毕业生项目',
    COMMUNITY_WORKER: '社区工作者',
  },
  category: {
    GRID_LEADER: '网格长',
    FULL_TIME: '专职网格员',
    PART_TIME: '兼职网格员',
    PROFESSIONAL: '专业网格员',
    AUXILIARY: '网格辅助员',
    INFORMANT: '信息员',
  },
  status: { CANDIDATE: '候选', ONBOARDING: '岗前培训', ACTIVE: '在岗', EXITED: '离岗' },
} as const;
