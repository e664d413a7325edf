import { Module } from '@nestjs/common';
import { HealthController } from './health.controller';

/** `/health` and `/health/live`; the checks come from the operations module. */
@Module({
  controllers: [HealthController],
})
export class HealthModule {}
