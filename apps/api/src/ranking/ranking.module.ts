import { Module } from '@nestjs/common';

/** County ranking (区县比看) and its trend, read from the ranking read model. */
@Module({})
export class RankingModule {}
