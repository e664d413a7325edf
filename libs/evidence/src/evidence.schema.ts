import { Migration } from '@app/database';

/**
 * What is known of each evidence file (its bytes are in the storage, by hash), who put it in, and
 * an index of the log on the attachments events name, so the steps that name a file — and so
 * whether a caller may read it — are found without a read model to keep up.
 */
export const EVIDENCE_MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'evidence files, uploads, and the log indexed by attachment',
    sql: `
      CREATE TABLE evidence_files (
        sha256 text PRIMARY KEY CHECK (sha256 ~ '^[0-9a-f]{64}$'),
        size bigint NOT NULL CHECK (size > 0),
        content_type text NOT NULL,
        first_uploaded_at timestamptz NOT NULL
      );
      CREATE TABLE evidence_uploads (
        sha256 text NOT NULL REFERENCES evidence_files (sha256),
        uploaded_by text NOT NULL,
        uploaded_at timestamptz NOT NULL,
        PRIMARY KEY (sha256, uploaded_by)
      );
      CREATE INDEX IF NOT EXISTS es_events_attachments ON es_events USING gin ((data->'attachments') jsonb_path_ops) WHERE data ? 'attachments';
    `,
  },
];
