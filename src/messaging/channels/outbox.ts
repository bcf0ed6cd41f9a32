import { mkdir, readdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';

export interface OutboxEntry {
  readonly file: string;
  readonly channel: 'EMAIL' | 'SMS';
  readonly messageId: string;
  readonly to: string;
  readonly subject: string | null;
  readonly text: string;
  readonly attachments: readonly string[];
  readonly writtenAt: string;
}

/**
 * The local outbox: where messages go when no SMTP server or SMS gateway is configured
 * (development, `npm start`). One JSON file per message (attachments beside it), written under
 * a temporary name and renamed, so a reader never sees half a file.
 */
export class Outbox {
  constructor(private readonly dir: string) {}

  async write(
    entry: Omit<OutboxEntry, 'file' | 'writtenAt' | 'attachments'>,
    attachments: readonly { filename: string; content: Buffer }[] = [],
  ) {
    await mkdir(this.dir, { recursive: true });
    const writtenAt = new Date().toISOString();
    const base = `${writtenAt.replace(/[:.]/g, '-')}-${entry.channel.toLowerCase()}-${entry.messageId}`;
    const names: string[] = [];
    for (const a of attachments) {
      const name = `${base}-${a.filename.replace(/[^A-Za-z0-9._-]/g, '_')}`;
      await writeFile(path.join(this.dir, name), a.content);
      names.push(name);
    }
    const file = `${base}.json`;
    const record: OutboxEntry = { ...entry, file, writtenAt, attachments: names };
    await writeFile(path.join(this.dir, `${file}.tmp`), JSON.stringify(record, null, 2));
    await rename(path.join(this.dir, `${file}.tmp`), path.join(this.dir, file));
    return file;
  }

  /** Newest first. */
  async list(limit: number): Promise<OutboxEntry[]> {
    let names: string[];
    try {
      names = (await readdir(this.dir)).filter((n) => n.endsWith('.json'));
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return [];
      throw err;
    }
    names.sort().reverse();
    const out: OutboxEntry[] = [];
    for (const n of names.slice(0, limit)) out.push(JSON.parse(await readFile(path.join(this.dir, n), 'utf8')) as OutboxEntry);
    return out;
  }

  async count(): Promise<number> {
    try {
      return (await readdir(this.dir)).filter((n) => n.endsWith('.json')).length;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return 0;
      throw err;
    }
  }
}
