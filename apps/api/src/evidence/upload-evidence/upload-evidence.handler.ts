import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { EvidenceFiles, EvidenceRefused, UploadedEvidence } from '@app/evidence';
import { Clock, CLOCK } from '@app/workflow';
import { refusalAsHttp } from '../evidence.errors';
import { UploadEvidenceCommand } from './upload-evidence.command';

@CommandHandler(UploadEvidenceCommand)
export class UploadEvidenceHandler implements ICommandHandler<UploadEvidenceCommand, UploadedEvidence> {
  constructor(
    @Inject(EvidenceFiles) private readonly files: EvidenceFiles,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute({ bytes, contentType, uploadedBy }: UploadEvidenceCommand): Promise<UploadedEvidence> {
    try {
      return await this.files.receive(bytes, contentType, uploadedBy, this.clock.now());
    } catch (error) {
      throw error instanceof EvidenceRefused ? refusalAsHttp(error) : error;
    }
  }
}
