import { BadRequestException, Controller, Get, Inject, Param, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiForbiddenResponse, ApiNotFoundResponse, ApiOperation, ApiPropertyOptional, ApiProduces, ApiTags } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsString, Length, Matches, Max, Min } from 'class-validator';
import { Roles } from '@app/auth';
import { EVENT_STORE, PostgresEventStore, RecordedEvent, VerifyReport } from '@app/event-store';
import { OrgUnitNotFound } from '@app/supervision';
import { NotFoundError } from '@app/workflow';
import { IsInstant } from '../http/instant';
import { OrgDirectory } from '../org-units/org-directory';
import { AuditFilter, AuditTrail, csvHeader, csvLine, decodeCursor, encodeCursor } from './audit-trail';

export class StreamNotFound extends NotFoundError {
  readonly code = 'STREAM_NOT_FOUND';
  constructor(streamId: string) {
    super('The log holds no stream with this id', { streamId });
  }
}

export class AuditQuery {
  @ApiPropertyOptional({ description: 'the acting user', example: 'official.anji' }) @IsOptional() @IsString() @Length(1, 200) actor?: string;
  @ApiPropertyOptional({ description: 'an org unit; covers the units below it', example: 'anji' }) @IsOptional() @IsString() @Length(1, 100) unit?: string;
  @ApiPropertyOptional({ example: 'case-…' }) @IsOptional() @IsString() @Length(1, 200) stream?: string;
  @ApiPropertyOptional({ description: 'event types, comma-separated', example: 'WarningRaised,CaseEscalated' })
  @IsOptional()
  @Matches(/^[A-Za-z0-9_.-]+(,[A-Za-z0-9_.-]+){0,49}$/)
  type?: string;
  @ApiPropertyOptional({ description: 'recorded at or after this instant (ISO 8601)' }) @IsOptional() @IsInstant() from?: string;
  @ApiPropertyOptional({
    description: 'recorded at or before this instant (ISO 8601), to the millisecond: an event whose `recordedAt` shows this instant is included',
  })
  @IsOptional()
  @IsInstant()
  to?: string;
}

export class AuditPageQuery extends AuditQuery {
  @ApiPropertyOptional({ description: 'the nextCursor of the previous page, as it was given; anything else is refused with 400 INVALID_CURSOR' })
  @IsOptional()
  @IsString()
  @Length(1, 1000)
  cursor?: string;
  @ApiPropertyOptional({ description: 'the same as `cursor` (the name DESIGN §5 gives it); send one of the two', deprecated: true })
  @IsOptional()
  @IsString()
  @Length(1, 1000)
  after?: string;
  @ApiPropertyOptional({ minimum: 1, maximum: 500, default: 100 }) @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(500) limit?: number;
}

export class VerifyQuery {
  @ApiPropertyOptional({ description: 'first global position to check', minimum: 1, maximum: Number.MAX_SAFE_INTEGER })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(Number.MAX_SAFE_INTEGER)
  from?: number;
  @ApiPropertyOptional({ description: 'last global position to check', minimum: 1, maximum: Number.MAX_SAFE_INTEGER })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(Number.MAX_SAFE_INTEGER)
  to?: number;
}

/** A page of the trail; `nextCursor` is null once the page reached the end of the trail as it stands. */
export interface AuditEventsPage {
  readonly items: AuditEventView[];
  readonly nextCursor: string | null;
}

export interface AuditEventView {
  readonly position: number;
  readonly transactionId: string;
  readonly streamId: string;
  readonly version: number;
  readonly id: string;
  readonly type: string;
  readonly schemaVersion: number;
  readonly data: unknown;
  readonly metadata: unknown;
  readonly recordedAt: string;
  /** The stream's hash chain after this event, lowercase hex (SHA-256). */
  readonly hash: string;
}

type CsvSink = { setHeader(name: string, value: string): unknown; write(chunk: string): boolean; end(): void; once(event: 'drain', listener: () => void): unknown };

function view(event: RecordedEvent): AuditEventView {
  return {
    position: event.position,
    transactionId: event.transactionId,
    streamId: event.streamId,
    version: event.version,
    id: event.id,
    type: event.type,
    schemaVersion: event.schemaVersion,
    data: event.data,
    metadata: event.metadata,
    recordedAt: event.recordedAt.toISOString(),
    hash: event.hash,
  };
}

/**
 * The audit trail (审计留痕): who did what, to which stream, for which unit, when — read straight
 * from the event log, and the log's integrity check. Auditors and admins only.
 */
@ApiTags('audit')
@ApiBearerAuth()
@Roles('auditor', 'admin')
@ApiForbiddenResponse({ description: 'ROLE_FORBIDDEN: auditors and admins only' })
@Controller('audit')
export class AuditController {
  constructor(
    @Inject(AuditTrail) private readonly trail: AuditTrail,
    @Inject(EVENT_STORE) private readonly store: PostgresEventStore,
    @Inject(OrgDirectory) private readonly directory: OrgDirectory,
  ) {}

  @Get('events')
  @ApiOperation({
    summary: 'The trail, filtered, in log order (writing transaction, then position: never passes over a late commit), paged by cursor',
  })
  @ApiNotFoundResponse({ description: 'ORG_UNIT_NOT_FOUND' })
  async events(@Query() query: AuditPageQuery): Promise<AuditEventsPage> {
    if (query.cursor !== undefined && query.after !== undefined && query.cursor !== query.after) {
      throw new BadRequestException({ code: 'CONFLICTING_CURSORS', message: '`cursor` and `after` name different places; send one of them' });
    }
    const text = query.cursor ?? query.after;
    const after = text === undefined ? undefined : decodeCursor(text);
    const page = await this.trail.page(await this.filter(query), after, query.limit ?? 100);
    return { items: page.events.map(view), nextCursor: page.next === null ? null : encodeCursor(page.next) };
  }

  @Get('events/export')
  @ApiProduces('text/csv')
  @ApiOperation({ summary: 'The filtered trail as CSV (one row per event, data as JSON), streamed' })
  async export(@Query() query: AuditQuery, @Res() response: CsvSink): Promise<void> {
    const filter = await this.filter(query);
    response.setHeader('Content-Type', 'text/csv; charset=utf-8');
    response.setHeader('Content-Disposition', 'attachment; filename="audit-trail.csv"');
    // A byte-order mark, so spreadsheet programs read the Chinese text as UTF-8.
    response.write(`\uFEFF${csvHeader()}`);
    for await (const event of this.trail.all(filter)) {
      if (!response.write(csvLine(event))) await new Promise<void>((drained) => response.once('drain', drained));
    }
    response.end();
  }

  @Get('streams/:streamId')
  @ApiOperation({ summary: 'One stream’s whole history' })
  @ApiNotFoundResponse({ description: 'STREAM_NOT_FOUND' })
  async stream(@Param('streamId') streamId: string): Promise<{ streamId: string; version: number; events: AuditEventView[] }> {
    const events = await this.store.readStream(streamId);
    if (events.length === 0) throw new StreamNotFound(streamId);
    return { streamId, version: events[events.length - 1]!.version, events: events.map(view) };
  }

  @Get('verify')
  @ApiOperation({ summary: 'Recomputes every content digest and hash chain over a range of the log; names the first broken position' })
  verify(@Query() query: VerifyQuery): Promise<VerifyReport> {
    if (query.from !== undefined && query.to !== undefined && query.from > query.to) {
      throw new BadRequestException({ code: 'INVALID_RANGE', message: '`from` must not be after `to`' });
    }
    return this.store.verify({ ...(query.from === undefined ? {} : { from: query.from }), ...(query.to === undefined ? {} : { to: query.to }) });
  }

  private async filter(query: AuditQuery): Promise<AuditFilter> {
    if (query.from !== undefined && query.to !== undefined && Date.parse(query.from) > Date.parse(query.to)) {
      throw new BadRequestException({ code: 'INVALID_RANGE', message: '`from` must not be after `to`' });
    }
    let orgUnitIds: string[] | undefined;
    if (query.unit !== undefined) {
      const tree = (await this.directory.fresh()).orgTree();
      if (!tree.has(query.unit)) throw new OrgUnitNotFound(query.unit);
      orgUnitIds = [query.unit, ...tree.descendants(query.unit).map((unit) => unit.id)];
    }
    return {
      ...(query.actor === undefined ? {} : { actorId: query.actor }),
      ...(orgUnitIds === undefined ? {} : { orgUnitIds }),
      ...(query.stream === undefined ? {} : { streamId: query.stream }),
      ...(query.type === undefined ? {} : { types: query.type.split(',') }),
      ...(query.from === undefined ? {} : { from: new Date(query.from) }),
      ...(query.to === undefined ? {} : { to: new Date(query.to) }),
    };
  }
}
