import { registerEnumType } from '@nestjs/graphql';

/** Why a worker leaves (DESIGN §9). */
export enum ExitReason {
  RESIGNED = 'RESIGNED',
  DISMISSED = 'DISMISSED',
  NO_FAULT = 'NO_FAULT',
  CONTRACT_ENDED = 'CONTRACT_ENDED',
  REPLACED = 'REPLACED',
  DECEASED = 'DECEASED',
  OTHER = 'OTHER',
}

/** Art. 40's three grounds for a dismissal without fault. */
export enum NoFaultGround {
  /** 40(1): illness or non-work injury, unable to work after the medical treatment period. */
  ILLNESS = 'ILLNESS',
  /** 40(2): incompetent, and still after training or another post. */
  INCOMPETENT = 'INCOMPETENT',
  /** 40(3): the circumstances the contract was based on changed. */
  CHANGED_CIRCUMSTANCES = 'CHANGED_CIRCUMSTANCES',
}

/** How a no-fault dismissal is notified (art. 40). */
export enum ExitNotice {
  WRITTEN_NOTICE = 'WRITTEN_NOTICE',
  PAY_IN_LIEU = 'PAY_IN_LIEU',
}

export enum ExitStatus {
  OPEN = 'OPEN',
  DONE = 'DONE',
}

/** The township's checklist (DESIGN §9). */
export enum ExitStepKind {
  /** One per grid the worker is on duty in on the last day: to a named worker, or a vacancy. */
  HAND_OVER_GRID = 'HAND_OVER_GRID',
  END_CONTRACT = 'END_CONTRACT',
  END_INSURANCE = 'END_INSURANCE',
  FINAL_PAY = 'FINAL_PAY',
  RETURN_EQUIPMENT = 'RETURN_EQUIPMENT',
  /** Art. 50: certificate of termination, files and social insurance transferred within 15 days. */
  CERTIFICATE_AND_TRANSFER = 'CERTIFICATE_AND_TRANSFER',
}

registerEnumType(ExitReason, {
  name: 'ExitReason',
  valuesMap: {
    RESIGNED: { description: '辞职 (Labor Contract Law art. 37, 38)' },
    DISMISSED: { description: '辞退：过失性解除 (art. 39)' },
    NO_FAULT: { description: '无过失性辞退 (art. 40)' },
    CONTRACT_ENDED: { description: '合同期满终止 (art. 44)' },
    REPLACED: { description: '考核不称职撤换 (Shanxi measures): carries out the county’s replacement decision (replaceWorker), which must be on record' },
    DECEASED: { description: '死亡' },
    OTHER: { description: '其他' },
  },
  description: 'Why a worker leaves (离岗原因), under the Labor Contract Law.',
});
registerEnumType(NoFaultGround, {
  name: 'NoFaultGround',
  description: 'Labor Contract Law art. 40(1)-(3)',
  valuesMap: {
    ILLNESS: { description: '40(1) 患病或非因工负伤: unable to work after the medical treatment period' },
    INCOMPETENT: { description: '40(2) 不能胜任工作: still after training or another post' },
    CHANGED_CIRCUMSTANCES: { description: '40(3) 客观情况发生重大变化: the circumstances the contract was based on changed' },
  },
});
registerEnumType(ExitNotice, {
  name: 'ExitNotice',
  description: 'Art. 40: 提前三十日书面通知 or 额外支付一个月工资',
  valuesMap: {
    WRITTEN_NOTICE: { description: '提前三十日书面通知: 30 days’ written notice' },
    PAY_IN_LIEU: { description: '额外支付一个月工资: a month’s pay instead of notice' },
  },
});
registerEnumType(ExitStatus, {
  name: 'ExitStatus',
  description: 'Whether an exit case is still being worked through.',
  valuesMap: { OPEN: { description: '办理中: checklist steps remain' }, DONE: { description: '已办结: every step done; the worker is EXITED' } },
});
registerEnumType(ExitStepKind, {
  name: 'ExitStepKind',
  valuesMap: {
    HAND_OVER_GRID: { description: '网格交接' },
    END_CONTRACT: { description: '终止合同' },
    END_INSURANCE: { description: '停保' },
    FINAL_PAY: { description: '结清工资和经济补偿' },
    RETURN_EQUIPMENT: { description: '交还装备和工作证' },
    CERTIFICATE_AND_TRANSFER: { description: '出具解除/终止证明，十五日内转移档案和社会保险关系 (art. 50)' },
  },
  description: 'A step of the township’s exit checklist (离岗交接清单).',
});
