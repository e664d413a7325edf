import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { RoundCommandOutcome, RoundCommands } from '../round-commands';
import { TakeRoundStep } from './take-round-step.command';

@CommandHandler(TakeRoundStep)
export class TakeRoundStepHandler implements ICommandHandler<TakeRoundStep, RoundCommandOutcome> {
  constructor(@Inject(RoundCommands) private readonly rounds: RoundCommands) {}

  execute({ roundId, step, metadata }: TakeRoundStep): Promise<RoundCommandOutcome> {
    return this.rounds.send(roundId, step, metadata);
  }
}
