import { defineErrors } from '@gridhr/common';

export enum ContractsReason {
  POLICY_NUMBER_TAKEN = 'POLICY_NUMBER_TAKEN',
  /** The worker has left: no contract can be drawn up or signed. */
  WORKER_EXITED = 'WORKER_EXITED',
  /** The contract's status does not allow this step (only a DRAFT is changed or signed, ...). */
  CONTRACT_STATUS = 'CONTRACT_STATUS',
  /** A worker's signed contracts may not overlap in time. */
  CONTRACTS_OVERLAP = 'CONTRACTS_OVERLAP',
  /** An open-ended contract has nothing to renew. */
  OPEN_ENDED = 'OPEN_ENDED',
  ALREADY_RENEWED = 'ALREADY_RENEWED',
}

export const contractsError = defineErrors<ContractsReason>('contracts', {
  POLICY_NUMBER_TAKEN: 'CONFLICT',
  WORKER_EXITED: 'CONFLICT',
  CONTRACT_STATUS: 'CONFLICT',
  CONTRACTS_OVERLAP: 'CONFLICT',
  OPEN_ENDED: 'CONFLICT',
  ALREADY_RENEWED: 'CONFLICT',
});
