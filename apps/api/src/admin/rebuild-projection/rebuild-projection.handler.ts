import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { ProjectionRuntime, RebuildInProgressError, RebuildProgress, UnknownProjectionError } from '@app/projections';
import { ProjectionNotFound, RebuildAlreadyRunning } from '../projections.errors';
import { RebuildProjectionCommand } from './rebuild-projection.command';

@CommandHandler(RebuildProjectionCommand)
export class RebuildProjectionHandler implements ICommandHandler<RebuildProjectionCommand, RebuildProgress> {
  constructor(@Inject(ProjectionRuntime) private readonly runtime: ProjectionRuntime) {}

  async execute({ name }: RebuildProjectionCommand): Promise<RebuildProgress> {
    try {
      return this.runtime.startRebuild(name);
    } catch (error) {
      if (error instanceof UnknownProjectionError) throw new ProjectionNotFound(name);
      if (error instanceof RebuildInProgressError) throw new RebuildAlreadyRunning(name);
      throw error;
    }
  }
}
