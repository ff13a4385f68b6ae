// Reading untrusted data files with limits: the size is checked before reading and
// again while streaming (a file may grow); each file's SHA-256 is computed as it passes.
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { CsvError, parse } from 'csv-parse';
import { InputError } from '../scenario/errors.js';

const READ_ERRORS: Record<string, string> = {
  ENOENT: 'cannot read the file: it does not exist',
  EISDIR: 'cannot read the file: it is a directory',
  EACCES: 'cannot read the file: permission denied',
  EPERM: 'cannot read the file: permission denied',
};

function unreadable(source: string, e: unknown): InputError {
  const code = (e as NodeJS.ErrnoException).code ?? '';
  return new InputError(source, [{ path: '', message: READ_ERRORS[code] ?? `cannot read the file: ${(e as Error).message}` }]);
}

function tooBig(source: string, limit: number, field: string): InputError {
  return new InputError(source, [{ path: '', message: `file is larger than ${limit} bytes (limits.${field})` }]);
}

/** Refuse a missing, unreadable or oversize file before reading it. */
async function checkFile(path: string, source: string, limit: number, field: string): Promise<void> {
  let size: number;
  try {
    const s = await stat(path);
    if (s.isDirectory()) throw Object.assign(new Error('directory'), { code: 'EISDIR' });
    size = s.size;
  } catch (e) {
    throw unreadable(source, e);
  }
  if (size > limit) throw tooBig(source, limit, field);
}

/** Counts bytes (refusing more than `limit`) and hashes them on the way through. */
function meter(source: string, limit: number, field: string) {
  const hash = createHash('sha256');
  let bytes = 0;
  const stream = new Transform({
    transform(chunk: Buffer, _enc, done) {
      bytes += chunk.length;
      if (bytes > limit) return done(tooBig(source, limit, field));
      hash.update(chunk);
      done(null, chunk);
    },
  });
  return { stream, digest: () => hash.digest('hex') };
}

function open(path: string, source: string) {
  const input = createReadStream(path, { highWaterMark: 1 << 20 });
  return { input, fail: (e: unknown) => (e instanceof InputError ? e : unreadable(source, e)) };
}

/** A whole text file (XML), at most `limit` bytes; its text and SHA-256. */
export async function readLimitedText(path: string, source: string, limit: number, field: string): Promise<{ text: string; sha256: string }> {
  await checkFile(path, source, limit, field);
  const { input, fail } = open(path, source);
  const m = meter(source, limit, field);
  const chunks: Buffer[] = [];
  m.stream.on('data', (c: Buffer) => chunks.push(c));
  try {
    await pipeline(input, m.stream);
  } catch (e) {
    throw fail(e);
  }
  const text = Buffer.concat(chunks).toString('utf8');
  return { text: text.charCodeAt(0) === 0xfeff ? text.slice(1) : text, sha256: m.digest() };
}

export interface CsvRowHandler {
  /** The first record; `line` is its line number. */
  header(record: string[], line: number): void;
  /** Every later record, with the line it ends on. */
  row(record: string[], line: number): void;
}

/**
 * Stream a CSV file through csv-parse, record by record, at most `limit` bytes. Handler
 * errors (InputError) stop the stream and are rethrown; csv-parse's own errors
 * (unbalanced quotes, a row with the wrong number of fields) name their line.
 */
export async function streamCsv(path: string, source: string, limit: number, handler: CsvRowHandler): Promise<{ sha256: string }> {
  await checkFile(path, source, limit, 'bytes');
  const { input, fail } = open(path, source);
  const m = meter(source, limit, 'bytes');
  const parser = parse({ bom: true, skip_empty_lines: true });
  let first = true;
  // 'data' fires inside the parser's push, so parser.info.lines is this record's line.
  parser.on('data', (record: string[]) => {
    try {
      const line = parser.info.lines;
      if (first) {
        first = false;
        handler.header(record, line);
      } else handler.row(record, line);
    } catch (e) {
      parser.destroy(e as Error);
    }
  });
  try {
    await pipeline(input, m.stream, parser);
  } catch (e) {
    if (e instanceof CsvError) {
      const lines = (e as CsvError & { lines?: number }).lines;
      throw new InputError(source, [{ path: lines ? `line ${lines}` : '', message: `malformed CSV: ${e.message.replace(/ at line \d+$/, '').replace(/ on line \d+$/, '')}` }]);
    }
    throw fail(e);
  }
  if (first) throw new InputError(source, [{ path: '', message: 'the file is empty (expected a header row)' }]);
  return { sha256: m.digest() };
}
