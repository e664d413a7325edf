import { Controller, Get, Inject, Param, Query, Res } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiForbiddenResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { Roles } from '@app/auth';
import { AuditEventsPage } from './audit-event.view';
import { csvHeader, csvLine } from './audit-trail';
import { AuditEventsPageResponse, LogVerificationResponse, StreamHistoryResponse } from './audit.responses';
import { AuditPageQuery, AuditQuery, criteriaOf, VerifyQuery } from './audit.requests';
import { ExportAuditTrailQuery } from './export-audit-trail/export-audit-trail.query';
import { GetStreamHistoryQuery, StreamHistory } from './get-stream-history/get-stream-history.query';
import { ListAuditEventsQuery } from './list-audit-events/list-audit-events.query';
import { LogVerification, VerifyLogQuery } from './verify-log/verify-log.query';

type CsvSink = { setHeader(name: string, value: string): unknown; write(chunk: string): boolean; end(): void; once(event: 'drain', listener: () => void): unknown };

/**
 * The audit trail (审计留痕): who did what, to which stream, for which unit, when — read straight
 * from the event log, and the log's integrity check. Auditors and admins only. Each route hands
 * one query to its use case (audit/*).
 */
@ApiTags('audit')
@ApiBearerAuth()
@Roles('auditor', 'admin')
@ApiForbiddenResponse({ description: 'ROLE_FORBIDDEN: auditors and admins only' })
@Controller('audit')
export class AuditController {
  constructor(@Inject(QueryBus) private readonly queries: QueryBus) {}

  @Get('events')
  @ApiOperation({
    summary: 'The trail, filtered, in log order (writing transaction, then position: never passes over a late commit), paged by cursor',
  })
  @ApiOkResponse({ type: AuditEventsPageResponse })
  @ApiNotFoundResponse({ description: 'ORG_UNIT_NOT_FOUND' })
  events(@Query() { cursor, after, limit, ...query }: AuditPageQuery): Promise<AuditEventsPage> {
    const paging = { ...(cursor === undefined ? {} : { cursor }), ...(after === undefined ? {} : { after }), limit: limit ?? 100 };
    return this.queries.execute(new ListAuditEventsQuery(criteriaOf(query), paging));
  }

  @Get('events/export')
  @ApiProduces('text/csv')
  @ApiOperation({ summary: 'The filtered trail as CSV (one row per event, data as JSON), streamed' })
  @ApiOkResponse({
    description: 'UTF-8 CSV with a byte-order mark and a header row, CRLF line ends; streamed row by row as the log is read',
    content: { 'text/csv': { schema: { type: 'string' } } },
    headers: { 'Content-Disposition': { description: 'attachment; filename="audit-trail.csv"', schema: { type: 'string' } } },
  })
  async export(@Query() query: AuditQuery, @Res() response: CsvSink): Promise<void> {
    const events = await this.queries.execute(new ExportAuditTrailQuery(criteriaOf(query)));
    response.setHeader('Content-Type', 'text/csv; charset=utf-8');
    response.setHeader('Content-Disposition', 'attachment; filename="audit-trail.csv"');
    // A byte-order mark, so spreadsheet programs read the Chinese text as UTF-8.
    response.write(`\uFEFF${csvHeader()}`);
    for await (const event of events) {
      if (!response.write(csvLine(event))) await new Promise<void>((drained) => response.once('drain', drained));
    }
    response.end();
  }

  @Get('streams/:streamId')
  @ApiOperation({ summary: 'One stream’s whole history' })
  @ApiOkResponse({ type: StreamHistoryResponse })
  @ApiNotFoundResponse({ description: 'STREAM_NOT_FOUND' })
  stream(@Param('streamId') streamId: string): Promise<StreamHistory> {
    return this.queries.execute(new GetStreamHistoryQuery(streamId));
  }

  @Get('verify')
  @ApiOperation({ summary: 'Recomputes every content digest and hash chain over a range of the log; names the first broken position' })
  @ApiOkResponse({ type: LogVerificationResponse })
  verify(@Query() { from, to }: VerifyQuery): Promise<LogVerification> {
    return this.queries.execute(new VerifyLogQuery({ ...(from === undefined ? {} : { from }), ...(to === undefined ? {} : { to }) }));
  }
}
