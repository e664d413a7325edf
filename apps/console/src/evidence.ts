/** A file put in and chosen for a step: its hash and the name to show it by. */
export interface ChosenEvidence {
  readonly sha256: string;
  readonly name: string;
}

/** A file a step attaches, as its event records it. */
export interface Attachment extends ChosenEvidence {
  readonly contentType: string;
  readonly size: number;
}

/** A file's size for people. */
export function sizeInWords(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1024))} KB`;
}
