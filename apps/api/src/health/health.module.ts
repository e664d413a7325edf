import { Module } from '@nestjs/common';
import { DatabaseHealth } from './database-health';
import { HealthController } from './health.controller';
import { ReaderHealth } from './reader-health';

@Module({
  controllers: [HealthController],
  providers: [DatabaseHealth, ReaderHealth],
})
export class HealthModule {}
