// The short and common ways townships write the worker vocabularies in their own sheets, beside the
// labels of worker.enums.ts. Data, not code: a new variant is a word added here. A word must not name two
// values of one vocabulary (worker-labels.spec.ts checks it).
import { LabelVariants } from '@gridhr/sheets';
import { Education, HireSource, LABELS, PoliticalStatus, Sex, SocialWorkCertificate, WorkerCategory, WorkerStatus } from './worker.enums';

export const LABEL_VARIANTS: { [V in keyof typeof LABELS]: LabelVariants<keyof (typeof LABELS)[V] & string> } = {
  sex: { MALE: ['男性'], FEMALE: ['女性'] } satisfies LabelVariants<Sex>,
  category: {
    GRID_LEADER: ['网格负责人'],
    FULL_TIME: ['专职', '专职人员'],
    PART_TIME: ['兼职', '兼职人员'],
    PROFESSIONAL: ['专业', '专业人员'],
    AUXILIARY: ['辅助', '辅助网格员', '网格协管员', '协管员'],
    INFORMANT: ['网格信息员', '信息采集员'],
  } satisfies LabelVariants<WorkerCategory>,
  politicalStatus: {
    CPC_MEMBER: ['党员', '中国共产党党员', '共产党员', '中共党员'],
    CPC_PROBATIONARY: ['预备党员', '中共预备党员'],
    CYL_MEMBER: ['团员', '共青团员', '中国共产主义青年团团员'],
    DEMOCRATIC_PARTY: ['民革党员', '民盟盟员', '民建会员', '民进会员', '农工党党员', '致公党党员', '九三学社社员', '台盟盟员'],
    MASSES: ['普通群众'],
  } satisfies LabelVariants<PoliticalStatus>,
  education: {
    PRIMARY: ['小学及以下'],
    JUNIOR_HIGH: ['初中', '初级中学'],
    SENIOR_HIGH: ['高中', '中专', '职高', '技校', '中技', '高中（中专）', '高中及中专', '普通高中'],
    JUNIOR_COLLEGE: ['大专', '专科', '大学专科', '高职', '大专学历'],
    BACHELOR: ['本科', '大学本科', '本科学历', '学士'],
    MASTER: ['硕士', '研究生', '硕士研究生', '研究生（硕士）'],
    DOCTOR: ['博士', '博士研究生', '研究生（博士）'],
  } satisfies LabelVariants<Education>,
  socialWorkCertificate: {
    NONE: ['没有', '未取得'],
    ASSISTANT: ['助理社工师', '初级社工师', '初级'],
    INTERMEDIATE: ['社工师', '中级社工师', '中级'],
    SENIOR: ['高级社工师', '高级'],
  } satisfies LabelVariants<SocialWorkCertificate>,
  hireSource: {
    SERVICE_PURCHASE: ['购买服务', '政府购买'],
    LABOR_COMPANY: ['劳务派遣', '派遣'],
    VILLAGE_COMMITTEE: ['两委成员', '村两委', '社区两委', '村（社区）两委', '两委'],
    GRADUATE_SCHEME: ['高校毕业生', '大学生'],
    COMMUNITY_WORKER: ['社工'],
  } satisfies LabelVariants<HireSource>,
  status: {
    ACTIVE: ['在职', '在册'],
    EXITED: ['离职', '已离职', '辞职', '已离岗'],
    ONBOARDING: ['培训中', '试岗'],
    CANDIDATE: ['拟聘', '待聘'],
  } satisfies LabelVariants<WorkerStatus>,
};
