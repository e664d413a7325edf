import { createHash } from 'node:crypto';
import type { Pool } from 'pg';
import type { EvidenceRef } from '@app/supervision';
import { EvidenceEmpty, EvidenceNotFound, EvidenceRefused } from './evidence.errors';
import { FileTooLarge, EvidenceStorage } from './evidence-storage';
import { evidenceTypeOf } from './evidence-types';

/** A file put in: what the uploader is told, and what a step's attachment records. */
export interface UploadedEvidence {
  readonly sha256: string;
  readonly size: number;
  readonly contentType: string;
}

/** The evidence files the log names, checked against the storage. */
export interface EvidenceVerification {
  readonly ok: boolean;
  /** Distinct files the steps name. */
  readonly files: number;
  /** Named by a step, not in the storage (the first 100). */
  readonly missing: string[];
  /** In the storage, but its bytes no longer hash to its name (the first 100). */
  readonly altered: string[];
}

/** An event that names a file among its attachments: enough to tell whose it is. */
export interface EvidenceReference {
  readonly streamId: string;
  readonly eventType: string;
  readonly data: Readonly<Record<string, unknown>>;
  /** The unit the step concerns, as its event's metadata records it for the audit trail (null when none). */
  readonly orgUnitId: string | null;
}

/**
 * The evidence files: taking one in (type and size checked, bytes checked against the type,
 * kept by hash), resolving what a command attaches to what was put in, and finding the steps that
 * name a file.
 */
export class EvidenceFiles {
  constructor(
    private readonly pool: Pool,
    private readonly storage: EvidenceStorage,
    readonly maxBytes: number,
  ) {}

  /**
   * Takes a file in: `declaredType` must be an evidence type and the bytes must begin as that
   * type does; at most `maxBytes`. The same bytes put in again are the same file.
   */
  async receive(bytes: AsyncIterable<Uint8Array>, declaredType: string | undefined, uploadedBy: string, now: Date): Promise<UploadedEvidence> {
    const type = evidenceTypeOf(declaredType);
    if (type === undefined) {
      throw new EvidenceRefused('EVIDENCE_TYPE_NOT_TAKEN', 'Evidence is a photo (JPEG, PNG, WebP, HEIC), an MP4 video, a PDF or an Office document (docx, xlsx, pptx)', {
        contentType: declaredType ?? null,
      });
    }
    let received;
    try {
      received = await this.storage.receive(bytes, this.maxBytes);
    } catch (error) {
      if (error instanceof FileTooLarge) throw new EvidenceRefused('EVIDENCE_TOO_LARGE', `An evidence file is at most ${this.maxBytes} bytes`, { limit: this.maxBytes });
      throw error;
    }
    if (received.size === 0) {
      await received.discard();
      throw new EvidenceEmpty();
    }
    if (!type.matches(received.head)) {
      await received.discard();
      throw new EvidenceRefused('EVIDENCE_TYPE_MISMATCH', `The file's bytes are not those of ${type.contentType}`, { contentType: type.contentType });
    }
    await received.keep();
    const { rows } = await this.pool.query<{ content_type: string }>(
      `WITH file AS (
         INSERT INTO evidence_files (sha256, size, content_type, first_uploaded_at) VALUES ($1, $2, $3, $4)
         ON CONFLICT (sha256) DO UPDATE SET sha256 = EXCLUDED.sha256
         RETURNING content_type
       ), upload AS (
         INSERT INTO evidence_uploads (sha256, uploaded_by, uploaded_at) SELECT $1, $5, $4 FROM file
         ON CONFLICT (sha256, uploaded_by) DO NOTHING
       )
       SELECT content_type FROM file`,
      [received.sha256, received.size, type.contentType, now, uploadedBy],
    );
    // The same bytes put in before under another type that matches them too (a zip is docx or xlsx): the first stays.
    return { sha256: received.sha256, size: received.size, contentType: rows[0]!.content_type };
  }

  /** The attachments a command names, completed from what was put in; {@link EvidenceNotFound} for a file never put in. */
  async resolve(attachments: ReadonlyArray<{ readonly sha256: string; readonly name: string }>): Promise<EvidenceRef[]> {
    if (attachments.length === 0) return [];
    const { rows } = await this.pool.query<{ sha256: string; size: string; content_type: string }>(
      'SELECT sha256, size, content_type FROM evidence_files WHERE sha256 = ANY ($1::text[])',
      [attachments.map((attachment) => attachment.sha256)],
    );
    const known = new Map(rows.map((row) => [row.sha256, row]));
    return attachments.map(({ sha256, name }) => {
      const file = known.get(sha256);
      if (file === undefined) throw new EvidenceNotFound(sha256);
      return { sha256, name, contentType: file.content_type, size: Number(file.size) };
    });
  }

  /** The file as put in, or null. */
  async file(sha256: string): Promise<UploadedEvidence | null> {
    const { rows } = await this.pool.query<{ size: string; content_type: string }>('SELECT size, content_type FROM evidence_files WHERE sha256 = $1', [sha256]);
    const row = rows[0];
    return row === undefined ? null : { sha256, size: Number(row.size), contentType: row.content_type };
  }

  /** Whether `userId` put the file in (they may read it before any step names it). */
  async uploadedBy(sha256: string, userId: string): Promise<boolean> {
    const { rows } = await this.pool.query('SELECT 1 FROM evidence_uploads WHERE sha256 = $1 AND uploaded_by = $2', [sha256, userId]);
    return rows.length > 0;
  }

  /** The events that attach the file (through the log's attachment index), oldest first. */
  async references(sha256: string): Promise<EvidenceReference[]> {
    const { rows } = await this.pool.query<{ stream_id: string; event_type: string; data: Record<string, unknown>; org_unit_id: string | null }>(
      `SELECT e.stream_id, e.event_type, e.data, e.metadata->>'orgUnitId' AS org_unit_id FROM es_events e
        WHERE e.data ? 'attachments' AND e.data->'attachments' @> $1::jsonb
        ORDER BY e.global_position`,
      [JSON.stringify([{ sha256 }])],
    );
    return rows.map((row) => ({ streamId: row.stream_id, eventType: row.event_type, data: row.data, orgUnitId: row.org_unit_id }));
  }

  /**
   * Checks every file the log's steps name against the storage: each must be there, and its bytes
   * must still hash to the name the step gave it (a file replaced behind the engine's back does
   * not). Reads each file once, as a stream.
   */
  async verifyAll(): Promise<EvidenceVerification> {
    const { rows } = await this.pool.query<{ sha256: string }>(
      `SELECT DISTINCT a.file->>'sha256' AS sha256
         FROM es_events e CROSS JOIN LATERAL jsonb_array_elements(e.data->'attachments') AS a(file)
        WHERE e.data ? 'attachments' AND jsonb_typeof(e.data->'attachments') = 'array'
        ORDER BY 1`,
    );
    const missing: string[] = [];
    const altered: string[] = [];
    for (const { sha256 } of rows) {
      const opened = await this.storage.open(sha256);
      if (opened === null) {
        missing.push(sha256);
        continue;
      }
      const hash = createHash('sha256');
      for await (const chunk of opened.stream) hash.update(chunk as Buffer);
      if (hash.digest('hex') !== sha256) altered.push(sha256);
    }
    return { ok: missing.length === 0 && altered.length === 0, files: rows.length, missing: missing.slice(0, 100), altered: altered.slice(0, 100) };
  }

  /** The file's bytes from the storage. */
  open(sha256: string): ReturnType<EvidenceStorage['open']> {
    return this.storage.open(sha256);
  }
}
