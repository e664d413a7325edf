import { Module } from '@nestjs/common';
import { EvidenceModule as EvidenceFilesModule } from '@app/evidence';
import { OrgUnitsModule } from '../org-units/org-units.module';
import { EvidenceController } from './evidence.controller';
import { ReadEvidenceHandler } from './read-evidence/read-evidence.handler';
import { UploadEvidenceHandler } from './upload-evidence/upload-evidence.handler';

/** 佐证材料: putting evidence files in and reading them back within scope. */
@Module({
  imports: [EvidenceFilesModule, OrgUnitsModule],
  controllers: [EvidenceController],
  providers: [UploadEvidenceHandler, ReadEvidenceHandler],
})
export class EvidenceApiModule {}
