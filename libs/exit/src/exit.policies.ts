import { definePolicies } from '@gridhr/platform';

export const EXIT_POLICIES = definePolicies({
  'exit.localAverageMonthlyWageFen': {
    kind: 'fen',
    default: 0,
    min: 0,
    description: 'The local average monthly wage of workers published for the region, fen (0: not set, severance not capped)',
    source: 'Labor Contract Law art. 47 para 2: 本地区上年度职工月平均工资, published by each city or province',
  },
  'exit.severanceCapMultiple': {
    kind: 'int',
    default: 3,
    min: 1,
    max: 10,
    description: 'Severance pay is capped at this multiple of the local average monthly wage',
    source: 'Labor Contract Law art. 47 para 2: 三倍',
  },
  'exit.severanceCapYears': {
    kind: 'int',
    default: 12,
    min: 1,
    max: 50,
    description: 'Years counted for severance when the pay is capped',
    source: 'Labor Contract Law art. 47 para 2: 最高不超过十二年',
  },
  'exit.rehireBlock': {
    kind: 'bool',
    default: true,
    description: 'A worker dismissed for misconduct may not apply again or be registered again',
    source: 'GridHR default (DESIGN §9: an exit blocks rehiring where the reason requires it)',
  },
});
