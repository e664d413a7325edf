import { ApiProperty } from '@nestjs/swagger';
import { CadreCounts, CadreHistory, CadreRecordView, CadreTermView, MonitoredCadreView } from '@app/read-models';
import { RESPONSIBLE_ROLES } from '@app/supervision';
import { CommandResponse } from '../http/stream-response';

/* What the cadre routes answer, for the OpenAPI document (and the console's generated types). */

export class CadreTermResponse implements CadreTermView {
  @ApiProperty() unitId!: string;
  @ApiProperty({ type: String, nullable: true }) unitName!: string | null;
  @ApiProperty({ type: String, nullable: true }) unitKind!: string | null;
  @ApiProperty({ type: [String], description: 'from the city down to the unit' }) unitPath!: string[];
  @ApiProperty({ enum: RESPONSIBLE_ROLES }) role!: string;
  @ApiProperty() from!: string;
  @ApiProperty({ type: String, nullable: true, description: 'null while the term runs' }) until!: string | null;
}

export class CadreSuccessorResponse {
  @ApiProperty() personId!: string;
  @ApiProperty() name!: string;
}

export class CadreRecordResponse implements CadreRecordView {
  @ApiProperty() recordId!: string;
  @ApiProperty({ enum: ['concern', 'warning', 'adjustment'] }) kind!: string;
  @ApiProperty() unitId!: string;
  @ApiProperty({ type: String, nullable: true }) unitName!: string | null;
  @ApiProperty({ type: [String] }) unitPath!: string[];
  @ApiProperty({ type: String, nullable: true, enum: RESPONSIBLE_ROLES, description: 'the role an adjustment took the person out of' }) role!: string | null;
  @ApiProperty({ description: 'the note of a record; the reason of an adjustment' }) note!: string;
  @ApiProperty({ type: CadreSuccessorResponse, nullable: true }) successor!: CadreSuccessorResponse | null;
  @ApiProperty() recordedBy!: string;
  @ApiProperty() recordedAt!: string;
}

export class CadreHistoryResponse implements CadreHistory {
  @ApiProperty() personId!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ type: [CadreTermResponse], description: 'every role held, at every unit, oldest first (the org units’ responsible-person events)' }) terms!: CadreTermResponse[];
  @ApiProperty({ type: [CadreRecordResponse], description: 'concerns, warnings and adjustments, oldest first' }) records!: CadreRecordResponse[];
}

export class CadreCommandResponse extends CommandResponse {
  @ApiProperty({ type: CadreHistoryResponse, description: 'the person’s history after the command' }) declare state: CadreHistoryResponse;
}

export class MonitoredCadreResponse implements MonitoredCadreView {
  @ApiProperty() personId!: string;
  @ApiProperty() name!: string;
  @ApiProperty() concerns!: number;
  @ApiProperty() warnings!: number;
  @ApiProperty() adjustments!: number;
  @ApiProperty() lastRecordedAt!: string;
}

export class MonitoredCadrePageResponse {
  @ApiProperty({ type: [MonitoredCadreResponse] }) items!: MonitoredCadreResponse[];
  @ApiProperty({ type: String, nullable: true }) nextCursor!: string | null;
}

export class CadreCountyCountResponse {
  @ApiProperty() countyId!: string;
  @ApiProperty({ type: String, nullable: true }) name!: string | null;
  @ApiProperty() adjustments!: number;
  @ApiProperty() concerns!: number;
  @ApiProperty() warnings!: number;
}

export class CadreCountsResponse implements CadreCounts {
  @ApiProperty({ description: '调整不称职村社干部, within the caller’s scope' }) adjustments!: number;
  @ApiProperty() concerns!: number;
  @ApiProperty() warnings!: number;
  @ApiProperty({ type: [CadreCountyCountResponse] }) byCounty!: CadreCountyCountResponse[];
}
