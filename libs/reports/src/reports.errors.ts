import { defineErrors } from '@gridhr/common';

export enum ReportsReason {
  /** More lines than a request writes (EXPORT_INLINE_MAX_ROWS): the file is written by a job instead. */
  EXPORT_TOO_LARGE = 'EXPORT_TOO_LARGE',
}

export const reportsError = defineErrors<ReportsReason>('reports', {
  EXPORT_TOO_LARGE: 'BAD_USER_INPUT',
});
