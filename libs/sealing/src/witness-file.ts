import { existsSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';

/**
 * The file witness: the signed notes of every checkpoint, in the order issued, each exactly as
 * signed (it ends with a newline) and followed by one empty line:
 *
 *   <note 1>\n<note 2>\n…
 *
 * A note has one empty line of its own, between its text and its signature lines, and a signature
 * line starts with "— " (U+2014, space), which a checkpoint's first line (its origin) never does.
 * So the file splits back exactly at every empty line *not* followed by "— ".
 */
const SIGNATURE_LINE = Buffer.from('\u2014 ', 'utf8');
const NEWLINE = 0x0a;

/** How far from its end the file is read to find its last note (notes are a few hundred bytes). */
const TAIL_BYTES = 64 * 1024;

/** The notes a witness file holds, in order; a torn last one (a write cut short) is left out. */
export function notesOfWitnessFile(text: string | Buffer): string[] {
  const bytes = typeof text === 'string' ? Buffer.from(text, 'utf8') : text;
  return completeNotes(bytes, 0).notes.map((note) => note.toString('utf8'));
}

/**
 * The complete notes of `bytes` from `start` (a boundary) on, and where the last of them ends: a
 * note is complete when its last line is a signature line and an empty line follows it.
 */
function completeNotes(bytes: Buffer, start: number): { readonly notes: Buffer[]; readonly end: number } {
  const notes: Buffer[] = [];
  let from = start;
  let search = start;
  for (;;) {
    const blank = emptyLineAt(bytes, search);
    if (blank < 0) return { notes, end: from };
    const after = blank + 2;
    if (startsWithAt(bytes, SIGNATURE_LINE, after)) {
      // The note's own empty line: its signatures follow.
      search = after;
      continue;
    }
    const note = bytes.subarray(from, blank + 1);
    if (!startsWithAt(bytes, SIGNATURE_LINE, lastLineStart(note) + from)) return { notes, end: from };
    notes.push(note);
    from = after;
    search = after;
  }
}

/** The index of the first "\n\n" at or after `from`, or -1. */
function emptyLineAt(bytes: Buffer, from: number): number {
  for (let index = bytes.indexOf(NEWLINE, from); index >= 0 && index + 1 < bytes.length; index = bytes.indexOf(NEWLINE, index + 1)) {
    if (bytes[index + 1] === NEWLINE) return index;
  }
  return -1;
}

function startsWithAt(bytes: Buffer, prefix: Buffer, at: number): boolean {
  return at + prefix.length <= bytes.length && bytes.subarray(at, at + prefix.length).equals(prefix);
}

/** Where the last line of a newline-terminated text starts. */
function lastLineStart(text: Buffer): number {
  return text.lastIndexOf(NEWLINE, text.length - 2) + 1;
}

/**
 * The file an auditor keeps. Appends are synced to disk before they count; a write cut short by a
 * crash is cut off again before the next append, and a note found already at the end (written,
 * then the process died before recording it) is not written twice.
 */
export class WitnessFile {
  readonly path: string;

  constructor(path: string) {
    this.path = resolve(path);
  }

  /** The last complete note, or null when the file is missing or holds none. */
  async lastNote(): Promise<string | null> {
    if (!existsSync(this.path)) return null;
    const file = await open(this.path, 'r');
    try {
      return (await this.tail(file)).last?.toString('utf8') ?? null;
    } finally {
      await file.close();
    }
  }

  async append(note: string): Promise<void> {
    const created = !existsSync(this.path);
    const file = await open(this.path, 'a+', 0o644);
    try {
      const { last, end, size } = await this.tail(file);
      if (end < size) await file.truncate(end);
      if (last !== null && last.toString('utf8') === note) return;
      await file.write(`${note}\n`);
      await file.sync();
    } finally {
      await file.close();
    }
    if (created) await syncFolder(dirname(this.path));
  }

  /** The last complete note of the file and where it ends (the file's size when nothing is torn). */
  private async tail(file: Awaited<ReturnType<typeof open>>): Promise<{ readonly last: Buffer | null; readonly end: number; readonly size: number }> {
    const { size } = await file.stat();
    const length = Math.min(size, TAIL_BYTES);
    const bytes = Buffer.alloc(length);
    await file.read(bytes, 0, length, size - length);
    // From the file's start, or from the first boundary inside the tail.
    const start = length === size ? 0 : firstBoundary(bytes);
    if (start < 0) return { last: null, end: size, size };
    const { notes, end } = completeNotes(bytes, start);
    // A tail read from the middle that holds no whole note is not known to be torn: left alone.
    if (notes.length === 0 && length < size) return { last: null, end: size, size };
    return { last: notes.at(-1) ?? null, end: size - length + end, size };
  }
}

/** Just after the first empty line that ends a note (one not followed by a signature line). */
function firstBoundary(bytes: Buffer): number {
  for (let blank = emptyLineAt(bytes, 0); blank >= 0; blank = emptyLineAt(bytes, blank + 1)) {
    if (!startsWithAt(bytes, SIGNATURE_LINE, blank + 2) && startsWithAt(bytes, SIGNATURE_LINE, lastLineStart(bytes.subarray(0, blank + 1)))) return blank + 2;
  }
  return -1;
}

/** A new file's name is durable once its folder is synced. */
async function syncFolder(path: string): Promise<void> {
  const folder = await open(path, 'r').catch(() => null);
  if (folder === null) return;
  try {
    await folder.sync().catch(() => undefined);
  } finally {
    await folder.close();
  }
}
