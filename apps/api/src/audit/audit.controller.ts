import { Controller, Get, HttpCode, Inject, Param, Post, Query, Res } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiBadRequestResponse, ApiBearerAuth, ApiConflictResponse, ApiForbiddenResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { Roles } from '@app/auth';
import { csvHeader, csvLine, jsonLine } from '@app/sealing';
import { AuditEventsPage } from './audit-event.view';
import {
  AuditEventsPageResponse,
  SealCheckpointListResponse,
  SealCheckpointResponse,
  ConsistencyProofResponse,
  InclusionProofResponse,
  LogVerificationResponse,
  StreamHistoryResponse,
} from './audit.responses';
import { AuditExportQuery, AuditPageQuery, ConsistencyProofQuery, criteriaOf, InclusionProofQuery, VerifyQuery } from './audit.requests';
import { DEFAULT_PAGE_SIZE, ListQuery } from '../http/list-query';
import { IssueCheckpointCommand } from './issue-checkpoint/issue-checkpoint.command';
import { CheckpointPage, GetLatestCheckpointQuery, ListCheckpointsQuery } from './list-checkpoints/list-checkpoints.query';
import { ProveConsistencyQuery } from './prove-consistency/prove-consistency.query';
import { ProveInclusionQuery } from './prove-inclusion/prove-inclusion.query';
import { CheckpointView, ConsistencyProofView, InclusionProofView } from './seal-views';
import { ExportAuditTrailQuery } from './export-audit-trail/export-audit-trail.query';
import { GetStreamHistoryQuery, StreamHistory } from './get-stream-history/get-stream-history.query';
import { ListAuditEventsQuery } from './list-audit-events/list-audit-events.query';
import { LogVerification, VerifyLogQuery } from './verify-log/verify-log.query';

type ExportSink = { setHeader(name: string, value: string): unknown; write(chunk: string): boolean; end(): void; once(event: 'drain', listener: () => void): unknown };

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
  constructor(
    @Inject(QueryBus) private readonly queries: QueryBus,
    @Inject(CommandBus) private readonly commands: CommandBus,
  ) {}

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
  @ApiProduces('text/csv', 'application/jsonl')
  @ApiOperation({
    summary:
      'The filtered trail as CSV or JSON Lines (one record per event with its leaf index, transaction, content digest, chain hash and time in µs), streamed; unfiltered, it is what `verify-export` checks against a checkpoint without the database',
  })
  @ApiOkResponse({
    description: 'CSV: UTF-8 with a byte-order mark and a header row, CRLF line ends. JSON Lines: one JSON object per line. Streamed as the log is read',
    content: { 'text/csv': { schema: { type: 'string' } }, 'application/jsonl': { schema: { type: 'string' } } },
    headers: { 'Content-Disposition': { description: 'attachment; filename="audit-trail.csv" (or .jsonl)', schema: { type: 'string' } } },
  })
  async export(@Query() { format = 'csv', ...query }: AuditExportQuery, @Res() response: ExportSink): Promise<void> {
    const events = await this.queries.execute(new ExportAuditTrailQuery(criteriaOf(query)));
    response.setHeader('Content-Type', format === 'csv' ? 'text/csv; charset=utf-8' : 'application/jsonl; charset=utf-8');
    response.setHeader('Content-Disposition', `attachment; filename="audit-trail.${format}"`);
    if (format === 'csv') response.write(csvHeader());
    const line = format === 'csv' ? csvLine : jsonLine;
    for await (const event of events) {
      if (!response.write(line(event))) await new Promise<void>((drained) => response.once('drain', drained));
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
  @ApiOperation({
    summary:
      'Recomputes every content digest and hash chain over a range of the log, naming the first broken position; for the whole log also recomputes the sealed tree against the latest checkpoint, naming the first divergent leaf',
  })
  @ApiOkResponse({ type: LogVerificationResponse })
  verify(@Query() { from, to }: VerifyQuery): Promise<LogVerification> {
    return this.queries.execute(new VerifyLogQuery({ ...(from === undefined ? {} : { from }), ...(to === undefined ? {} : { to }) }));
  }

  @Get('checkpoints/latest')
  @ApiOperation({ summary: 'The latest signed checkpoint of the sealed log (the Merkle tree over every event): its size, root and signed note' })
  @ApiOkResponse({ type: SealCheckpointResponse })
  @ApiNotFoundResponse({ description: 'NO_CHECKPOINT: none issued yet, or no signing key configured' })
  latestCheckpoint(): Promise<CheckpointView> {
    return this.queries.execute(new GetLatestCheckpointQuery());
  }

  @Get('checkpoints')
  @ApiOperation({ summary: 'The checkpoints issued, newest first, paged by cursor: the history an auditor keeps' })
  @ApiOkResponse({ type: SealCheckpointListResponse })
  @ApiBadRequestResponse({ description: 'INVALID_CURSOR' })
  checkpoints(@Query() { limit, cursor }: ListQuery): Promise<CheckpointPage> {
    return this.queries.execute(new ListCheckpointsQuery(limit ?? DEFAULT_PAGE_SIZE, cursor));
  }

  @Post('checkpoints')
  @HttpCode(200)
  @ApiOperation({ summary: 'Seal the log as it stands and sign a checkpoint of it now (beside the regular interval)' })
  @ApiOkResponse({ type: SealCheckpointResponse })
  @ApiNotFoundResponse({ description: 'NO_CHECKPOINT: no signing key configured' })
  @ApiConflictResponse({ description: 'TREE_INCONSISTENT_WITH_CHECKPOINT: the sealed tree does not extend the last checkpoint (the log was rewritten); nothing is signed' })
  issueCheckpoint(): Promise<CheckpointView> {
    return this.commands.execute(new IssueCheckpointCommand());
  }

  @Get('proofs/inclusion')
  @ApiOperation({ summary: 'RFC 9162 inclusion proof of the event at `position` in the tree of `treeSize` leaves' })
  @ApiOkResponse({ type: InclusionProofResponse })
  @ApiBadRequestResponse({ description: 'TREE_NOT_SEALED, VALIDATION_FAILED' })
  @ApiNotFoundResponse({ description: 'EVENT_NOT_SEALED' })
  inclusionProof(@Query() { position, treeSize }: InclusionProofQuery): Promise<InclusionProofView> {
    return this.queries.execute(new ProveInclusionQuery(position, treeSize));
  }

  @Get('proofs/consistency')
  @ApiOperation({ summary: 'RFC 9162 consistency proof that the tree of `from` leaves is a prefix of the tree of `to` leaves' })
  @ApiOkResponse({ type: ConsistencyProofResponse })
  @ApiBadRequestResponse({ description: 'TREE_NOT_SEALED, INVALID_RANGE, VALIDATION_FAILED' })
  consistencyProof(@Query() { from, to }: ConsistencyProofQuery): Promise<ConsistencyProofView> {
    return this.queries.execute(new ProveConsistencyQuery(from, to));
  }
}
