import { Controller, Get, HttpCode, Inject, Param, Post, Query, Req, Res } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import {
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiBody,
  ApiConsumes,
  ApiCreatedResponse,
  ApiForbiddenResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiPayloadTooLargeResponse,
  ApiProduces,
  ApiTags,
  ApiUnsupportedMediaTypeResponse,
} from '@nestjs/swagger';
import { CurrentActor, RequestActor, Roles } from '@app/auth';
import { EVIDENCE_TYPES, UploadedEvidence } from '@app/evidence';
import { EvidenceParams, ReadEvidenceQuery as ReadEvidenceParams } from './evidence.requests';
import { EvidenceUploadResponse } from './evidence.responses';
import { ReadEvidenceQuery } from './read-evidence/read-evidence.query';
import { UploadEvidenceCommand } from './upload-evidence/upload-evidence.command';

type UploadRequest = AsyncIterable<Uint8Array> & { readonly headers: Readonly<Record<string, string | string[] | undefined>> };
type FileSink = { setHeader(name: string, value: string): unknown; status(code: number): unknown };

const TYPES = EVIDENCE_TYPES.map((type) => type.contentType);

/**
 * 佐证材料: photos and documents put in as evidence of a finding or a report. A file is put in
 * first (its bytes as the body, its type as Content-Type) and answered with its SHA-256; a step
 * then attaches it by that hash, which its event records, so the audit trail covers the file.
 */
@ApiTags('evidence')
@ApiBearerAuth()
@Controller('evidence')
export class EvidenceController {
  constructor(
    @Inject(CommandBus) private readonly commands: CommandBus,
    @Inject(QueryBus) private readonly queries: QueryBus,
  ) {}

  @Post()
  @HttpCode(201)
  @Roles('official', 'inspector', 'admin')
  @ApiOperation({ summary: 'Put a file in as evidence (the body is the file’s bytes); the answer names it by SHA-256 for a step to attach' })
  @ApiConsumes(...TYPES)
  @ApiBody({ description: 'the file, as it is', schema: { type: 'string', format: 'binary' } })
  @ApiCreatedResponse({ type: EvidenceUploadResponse })
  @ApiBadRequestResponse({ description: 'EVIDENCE_EMPTY' })
  @ApiForbiddenResponse({ description: 'ROLE_FORBIDDEN' })
  @ApiPayloadTooLargeResponse({ description: 'EVIDENCE_TOO_LARGE: larger than EVIDENCE_MAX_BYTES' })
  @ApiUnsupportedMediaTypeResponse({ description: 'EVIDENCE_TYPE_NOT_TAKEN: not a photo, MP4, PDF or Office document; EVIDENCE_TYPE_MISMATCH: the bytes are not of the type given' })
  upload(@Req() request: UploadRequest, @CurrentActor() actor: RequestActor): Promise<UploadedEvidence> {
    const type = request.headers['content-type'];
    return this.commands.execute(new UploadEvidenceCommand(request, typeof type === 'string' ? type : undefined, actor.userId));
  }

  @Get(':sha256')
  @ApiOperation({ summary: 'An evidence file, for those who may read a step that attaches it (or who put it in)' })
  @ApiProduces(...TYPES)
  @ApiOkResponse({
    description: 'the file’s bytes, with its type',
    content: Object.fromEntries(TYPES.map((type) => [type, { schema: { type: 'string', format: 'binary' } }])),
    headers: { 'Content-Disposition': { description: 'attachment, with the file’s name', schema: { type: 'string' } } },
  })
  @ApiBadRequestResponse({ description: 'VALIDATION_FAILED' })
  @ApiForbiddenResponse({ description: 'OUT_OF_SCOPE: every step that attaches it is another unit’s' })
  @ApiNotFoundResponse({ description: 'EVIDENCE_NOT_FOUND' })
  async read(@Param() { sha256 }: EvidenceParams, @Query() { name }: ReadEvidenceParams, @CurrentActor() actor: RequestActor, @Res() response: FileSink & NodeJS.WritableStream): Promise<void> {
    const file = await this.queries.execute(new ReadEvidenceQuery(sha256, actor, name));
    response.status(200);
    response.setHeader('Content-Type', file.contentType);
    response.setHeader('Content-Length', String(file.size));
    response.setHeader('Content-Disposition', contentDisposition(file.name));
    // Never run as a page, whatever a browser makes of it.
    response.setHeader('Content-Security-Policy', "sandbox; default-src 'none'");
    await new Promise<void>((done, failed) => {
      file.stream.once('error', failed);
      file.stream.pipe(response).once('finish', done);
    });
  }
}

/** `attachment` with the name in ASCII (others as `_`) and in full as RFC 8187 UTF-8. */
function contentDisposition(name: string): string {
  const ascii = name.replace(/[^\x20-\x7e]|["\\]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`;
}
