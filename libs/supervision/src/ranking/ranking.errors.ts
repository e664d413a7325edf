import { DomainError } from '@app/workflow';

/** 深调研 and 大督查 rounds carry findings, not scores: they rank nobody. */
export class RoundNotRanked extends DomainError {
  readonly code = 'ROUND_NOT_RANKED';
  constructor(roundId: string, kind: string) {
    super('Only walk-see-compete and quarterly-theme rounds rank counties', { roundId, kind });
  }
}
