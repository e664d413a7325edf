import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { AuditEventsPage, AuditEventView } from './audit-event.view';
import { StreamHistory } from './get-stream-history/get-stream-history.query';
import { CheckpointView, ConsistencyProofView, InclusionProofView } from './seal-views';
import { DivergentLeafView, EvidenceFilesCheck, LogVerification, SealVerificationView } from './verify-log/verify-log.query';

/*
 * What the audit routes answer, for the OpenAPI document (and the console's generated types). Each
 * class implements the view it documents, so a field the view gains or loses fails the build here.
 */

export class AuditEventResponse implements AuditEventView {
  @ApiProperty({ description: 'global position in the log' }) position!: number;
  @ApiProperty({ description: 'the writing transaction (with position, the trail’s order)' }) transactionId!: string;
  @ApiProperty() streamId!: string;
  @ApiProperty() version!: number;
  @ApiProperty() id!: string;
  @ApiProperty({ example: 'CaseSigned' }) type!: string;
  @ApiProperty() schemaVersion!: number;
  @ApiProperty({ type: 'object', additionalProperties: true, description: 'what the event says' }) data!: Record<string, unknown>;
  @ApiProperty({ type: 'object', additionalProperties: true, description: 'who (actorId), for which unit (orgUnitId), by which command' })
  metadata!: Record<string, unknown>;
  @ApiProperty() recordedAt!: string;
  @ApiProperty({ description: 'the stream’s hash chain after this event, lowercase hex (SHA-256)' }) hash!: string;
  @ApiProperty({ type: Number, nullable: true, description: 'its leaf in the sealed tree, from 0 (what GET /audit/proofs/inclusion names); null until the sealer reaches it' })
  leafIndex!: number | null;
  @ApiProperty({ type: String, nullable: true, description: 'the display name of metadata.actorId; null for the system or a user no longer in the directory' })
  actorName!: string | null;
}

export class AuditEventsPageResponse implements AuditEventsPage {
  @ApiProperty({ type: [AuditEventResponse] }) items!: AuditEventResponse[];
  @ApiProperty({ type: String, nullable: true, description: 'null once the page reached the end of the trail as it stands' }) nextCursor!: string | null;
}

export class StreamHistoryResponse implements StreamHistory {
  @ApiProperty() streamId!: string;
  @ApiProperty() version!: number;
  @ApiProperty({ type: [AuditEventResponse] }) events!: AuditEventResponse[];
}

export class BrokenLinkResponse {
  @ApiProperty() position!: number;
  @ApiProperty() streamId!: string;
  @ApiProperty() version!: number;
  @ApiProperty({ enum: ['content', 'chain', 'missing-predecessor'], description: 'the content changed, the chain does not follow, or an event before it is missing' })
  reason!: 'content' | 'chain' | 'missing-predecessor';
}

export class DivergentLeafResponse implements DivergentLeafView {
  @ApiProperty({ description: 'the first leaf where the log recomputed parts from the sealed tree' }) leafIndex!: number;
  @ApiProperty({ type: Number, nullable: true, description: 'the position of the event sealed there, as the sealed log’s index records it' }) sealedPosition!: number | null;
  @ApiProperty({ type: Number, nullable: true, description: 'the position of the event the log now has at that place; null when the log ends before it' })
  position!: number | null;
}

export class DivergentRangeResponse {
  @ApiProperty() fromLeaf!: number;
  @ApiProperty() toLeaf!: number;
}

export class SealVerificationResponse implements SealVerificationView {
  @ApiProperty({ description: 'the log recomputed gives the head checked against' }) ok!: boolean;
  @ApiProperty({ enum: ['checkpoint', 'sealed-tree'], description: 'the latest signed checkpoint, or the sealed tree’s own head when none is signed' })
  against!: 'checkpoint' | 'sealed-tree';
  @ApiProperty() treeSize!: number;
  @ApiProperty({ type: String, nullable: true, description: 'the head checked against, standard base64' }) rootHash!: string | null;
  @ApiProperty({ type: String, nullable: true, format: 'date-time' }) issuedAt!: string | null;
  @ApiProperty({ description: 'events of the log recomputed into leaves, in subscription order' }) checkedLeaves!: number;
  @ApiProperty({ type: String, nullable: true, description: 'the head of the tree recomputed from the log; null when it has fewer events than the tree' })
  recomputedRoot!: string | null;
  @ApiProperty({ description: 'the latest checkpoint’s note is not signed by this log’s key (a row put in by hand): nothing was checked against it' })
  unsignedCheckpoint!: boolean;
  @ApiPropertyOptional({ type: DivergentLeafResponse, description: 'where the log first parts from the tree, found through the stored tree when it still gives the checkpoint’s head' })
  firstDivergentLeaf?: DivergentLeafResponse;
  @ApiPropertyOptional({ type: DivergentRangeResponse, description: 'when the stored tree was altered too: the leaves the first divergence lies in, between checkpoints' })
  divergentRange?: DivergentRangeResponse;
}

export class EvidenceFilesCheckResponse implements EvidenceFilesCheck {
  @ApiProperty({ description: 'every file a step names is in the storage and still hashes to its name' }) ok!: boolean;
  @ApiProperty({ description: 'distinct files the steps name' }) files!: number;
  @ApiProperty({ type: [String], description: 'named by a step, not in the storage (the first 100)' }) missing!: string[];
  @ApiProperty({ type: [String], description: 'in the storage, its bytes no longer hashing to its name (the first 100)' }) altered!: string[];
}

export class LogVerificationResponse implements LogVerification {
  @ApiProperty({ description: 'every digest and chain in the range holds, and (for the whole log) so does the seal' }) ok!: boolean;
  @ApiProperty() checkedEvents!: number;
  @ApiProperty({ type: Number, nullable: true }) fromPosition!: number | null;
  @ApiProperty({ type: Number, nullable: true }) toPosition!: number | null;
  @ApiPropertyOptional({ type: BrokenLinkResponse, description: 'the first event, in position order, whose digest or chain does not match' })
  firstBroken?: BrokenLinkResponse;
  @ApiPropertyOptional({ type: SealVerificationResponse, description: 'for the whole log (no from or to): the log recomputed against the latest checkpoint' })
  seal?: SealVerificationResponse;
  @ApiPropertyOptional({ type: EvidenceFilesCheckResponse, description: 'for the whole log: the evidence files its steps name, against the storage' })
  evidence?: EvidenceFilesCheckResponse;
}

export class SealCheckpointResponse implements CheckpointView {
  @ApiProperty({ example: 'supervision-engine/audit', description: 'the log’s name, first line of the note' }) origin!: string;
  @ApiProperty({ description: 'leaves (events) in the tree' }) treeSize!: number;
  @ApiProperty({ description: 'the tree head, SHA-256, standard base64' }) rootHash!: string;
  @ApiProperty({ format: 'date-time' }) issuedAt!: string;
  @ApiProperty({ description: 'the C2SP signed note (tlog-checkpoint): origin, size, root, a blank line, and the Ed25519 signature line' }) note!: string;
  @ApiProperty({ description: 'the key to check the note with: <name>+<key id>+<base64(0x01 ‖ public key)>' }) verifierKey!: string;
}

export class SealCheckpointListResponse {
  @ApiProperty({ type: [SealCheckpointResponse] }) items!: SealCheckpointResponse[];
  @ApiProperty({ type: String, nullable: true }) nextCursor!: string | null;
}

export class InclusionProofResponse implements InclusionProofView {
  @ApiProperty() position!: number;
  @ApiProperty({ description: 'the event’s place in the tree (subscription order), from 0' }) leafIndex!: number;
  @ApiProperty() treeSize!: number;
  @ApiProperty({ description: 'SHA-256(0x00 ‖ leaf bytes), standard base64' }) leafHash!: string;
  @ApiProperty({ description: 'the tree head of treeSize, standard base64: compare with a signed checkpoint' }) rootHash!: string;
  @ApiProperty({ type: [String], description: 'the RFC 9162 audit path, standard base64, leaf to root' }) proof!: string[];
}

export class ConsistencyProofResponse implements ConsistencyProofView {
  @ApiProperty() from!: number;
  @ApiProperty() to!: number;
  @ApiProperty() fromRoot!: string;
  @ApiProperty() toRoot!: string;
  @ApiProperty({ type: [String], description: 'the RFC 9162 consistency proof, standard base64' }) proof!: string[];
}
