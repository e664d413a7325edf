import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { CaseCommandOutcome, CaseCommands } from '../case-commands';
import { TakeCaseStep } from './take-case-step.command';

@CommandHandler(TakeCaseStep)
export class TakeCaseStepHandler implements ICommandHandler<TakeCaseStep, CaseCommandOutcome> {
  constructor(@Inject(CaseCommands) private readonly cases: CaseCommands) {}

  execute({ caseId, step, metadata }: TakeCaseStep): Promise<CaseCommandOutcome> {
    return this.cases.send(caseId, step, metadata);
  }
}
