import { RoundProgress } from '@app/read-models';
import { ExistingRound } from './round-commands';

/** A round as the API shows it: its state (rubric, policy, window, status, publication) and its progress (tasks by status). */
export type RoundView = ExistingRound & { readonly progress: RoundProgress };
