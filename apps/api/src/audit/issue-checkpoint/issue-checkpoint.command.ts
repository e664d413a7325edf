import { Command } from '@nestjs/cqrs';
import type { CheckpointView } from '../seal-views';

/** Seals what the log holds now and signs a checkpoint of it (on demand, beside the interval). */
export class IssueCheckpointCommand extends Command<CheckpointView> {}
