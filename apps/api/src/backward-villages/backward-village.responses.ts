import { ApiProperty } from '@nestjs/swagger';
import { AcceptanceEntry, BackwardVillageCount, BackwardVillageCounts, BackwardVillageMonth, BackwardVillageView, MeasureEntry, ProgressEntry } from '@app/read-models';
import { LISTING_REASONS } from '@app/supervision';
import { AttachmentResponse } from '../evidence/evidence.responses';
import { CommandResponse } from '../http/stream-response';

/*
 * What the backward-village routes answer, for the OpenAPI document (and the console's generated
 * types). Each class implements the view it documents, so a field the view gains or loses fails
 * the build here.
 */

const STATUSES = ['listed', 'rectifying', 'accepted', 'delisted'];
const COLOURS = ['blue', 'yellow', 'red'];

export class ListingSourceResponse {
  @ApiProperty({ example: 'duty-review' }) kind!: string;
  @ApiProperty({ description: 'what the source names (e.g. the duty-review result)' }) ref!: string;
}

export class RectificationMeasureResponse implements MeasureEntry {
  @ApiProperty() measureId!: string;
  @ApiProperty() title!: string;
  @ApiProperty() dueWorkingDays!: number;
  @ApiProperty({ example: '2026-03-30', description: 'the working day it is due on (Asia/Shanghai)' }) dueOn!: string;
  @ApiProperty({ description: 'the last instant of the due day' }) deadlineAt!: string;
  @ApiProperty({ type: String, nullable: true }) completedAt!: string | null;
  @ApiProperty({ description: 'completed after its due day' }) late!: boolean;
  @ApiProperty({ enum: COLOURS, isArray: true, description: 'the warnings up on it now (蓝/黄/红牌)' }) warnings!: string[];
}

export class RectificationProgressResponse implements ProgressEntry {
  @ApiProperty() reportNumber!: number;
  @ApiProperty({ type: String, nullable: true }) measureId!: string | null;
  @ApiProperty() report!: string;
  @ApiProperty() measureCompleted!: boolean;
  @ApiProperty() reportedBy!: string;
  @ApiProperty() reportedAt!: string;
  @ApiProperty({ type: [AttachmentResponse] }) attachments!: AttachmentResponse[];
}

export class AcceptanceCheckResponse implements AcceptanceEntry {
  @ApiProperty() checkNumber!: number;
  @ApiProperty() passed!: boolean;
  @ApiProperty() comment!: string;
  @ApiProperty() checkedBy!: string;
  @ApiProperty() checkedAt!: string;
}

export class BackwardVillageResponse implements BackwardVillageView {
  @ApiProperty() listingId!: string;
  @ApiProperty({ enum: STATUSES, description: 'listed (已列入), rectifying (整改中), accepted (验收通过), delisted (已摘帽)' }) status!: BackwardVillageView['status'];
  @ApiProperty() unitId!: string;
  @ApiProperty({ type: String, nullable: true }) unitName!: string | null;
  @ApiProperty({ type: [String], description: 'the village, then each unit above it up to the city' }) unitChain!: string[];
  @ApiProperty({ type: String, nullable: true }) townshipId!: string | null;
  @ApiProperty({ type: String, nullable: true }) townshipName!: string | null;
  @ApiProperty({ type: String, nullable: true }) countyId!: string | null;
  @ApiProperty({ type: String, nullable: true }) countyName!: string | null;
  @ApiProperty({ enum: LISTING_REASONS }) reason!: BackwardVillageView['reason'];
  @ApiProperty() note!: string;
  @ApiProperty({ type: ListingSourceResponse, nullable: true, description: 'what listed it, when a process did (e.g. a 差 duty-review grade)' }) source!: ListingSourceResponse | null;
  @ApiProperty() listedBy!: string;
  @ApiProperty() listedAt!: string;
  @ApiProperty({ type: String, nullable: true }) planSummary!: string | null;
  @ApiProperty({ type: String, nullable: true }) plannedAt!: string | null;
  @ApiProperty({ type: [RectificationMeasureResponse] }) measures!: RectificationMeasureResponse[];
  @ApiProperty({ type: [RectificationProgressResponse] }) progress!: RectificationProgressResponse[];
  @ApiProperty({ type: [AcceptanceCheckResponse] }) checks!: AcceptanceCheckResponse[];
  @ApiProperty({ type: String, nullable: true }) delistedAt!: string | null;
  @ApiProperty({ type: String, nullable: true }) delistNote!: string | null;
}

export class BackwardVillageCommandResponse extends CommandResponse {
  @ApiProperty({ type: BackwardVillageResponse, description: 'the listing after the command' }) declare state: BackwardVillageResponse;
}

export class BackwardVillagePageResponse {
  @ApiProperty({ type: [BackwardVillageResponse] }) items!: BackwardVillageResponse[];
  @ApiProperty({ type: String, nullable: true }) nextCursor!: string | null;
}

export class BackwardVillageCountResponse implements BackwardVillageCount {
  @ApiProperty({ description: 'the township or county' }) unitId!: string;
  @ApiProperty({ type: String, nullable: true }) name!: string | null;
  @ApiProperty({ description: 'on the list at the instant' }) listed!: number;
  @ApiProperty({ description: 'listed at any time up to the instant' }) everListed!: number;
  @ApiProperty({ description: 'delisted (摘帽) by the instant' }) delisted!: number;
}

export class BackwardVillageTotalsResponse {
  @ApiProperty() listed!: number;
  @ApiProperty() everListed!: number;
  @ApiProperty() delisted!: number;
}

export class BackwardVillageCountsResponse implements BackwardVillageCounts {
  @ApiProperty() asOf!: string;
  @ApiProperty({ enum: ['township', 'county'] }) by!: BackwardVillageCounts['by'];
  @ApiProperty({ type: [BackwardVillageCountResponse] }) rows!: BackwardVillageCountResponse[];
  @ApiProperty({ type: BackwardVillageTotalsResponse }) total!: BackwardVillageTotalsResponse;
}

export class BackwardVillageMonthResponse implements BackwardVillageMonth {
  @ApiProperty({ example: '2026-03' }) month!: string;
  @ApiProperty({ description: 'on the list at the month’s end' }) listed!: number;
  @ApiProperty() newlyListed!: number;
  @ApiProperty() delisted!: number;
}

export class BackwardVillageTrendResponse {
  @ApiProperty() year!: number;
  @ApiProperty({ type: [BackwardVillageMonthResponse] }) months!: BackwardVillageMonthResponse[];
}
