import { Module } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '@app/config';
import { Database, DATABASE, migrate } from '@app/database';
import { EVENT_STORE } from '@app/event-store';
import { EvidenceFiles } from './evidence-files';
import { LocalFolderEvidenceStorage } from './evidence-storage';
import { EVIDENCE_MIGRATIONS } from './evidence.schema';

/** The evidence files, kept in the configured folder (EVIDENCE_DIR) by hash. */
@Module({
  providers: [
    {
      provide: EvidenceFiles,
      // After the event store, whose log the attachment index is on.
      inject: [DATABASE, APP_CONFIG, EVENT_STORE],
      useFactory: async (database: Database, config: AppConfig) => {
        await migrate(database.pool, 'evidence', EVIDENCE_MIGRATIONS);
        return new EvidenceFiles(database.pool, new LocalFolderEvidenceStorage(config.evidence.dir), config.evidence.maxBytes);
      },
    },
  ],
  exports: [EvidenceFiles],
})
export class EvidenceModule {}
