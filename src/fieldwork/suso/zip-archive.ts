import { createInterface } from 'node:readline';
import yauzl from 'yauzl';
import { AppError, problem } from '../../common/errors/app-error.js';

/**
 * A zip archive on disk, read entry by entry (yauzl: the central directory first, then one
 * inflating stream per entry), so memory stays bounded whatever the size of the export.
 */
export class ZipArchive {
  private constructor(
    private readonly zip: yauzl.ZipFile,
    /** `.tab` entries by file stem (`household` for `household.tab`, in any folder) */
    readonly tabs: ReadonlyMap<string, yauzl.Entry>,
  ) {}

  static async open(path: string, displayName: string): Promise<ZipArchive> {
    const zip = await new Promise<yauzl.ZipFile>((resolve, reject) =>
      yauzl.open(path, { lazyEntries: true, autoClose: false, strictFileNames: false, validateEntrySizes: true }, (err, z) =>
        err ? reject(err) : resolve(z),
      ),
    ).catch(() => {
      throw new AppError('IMPORT_INVALID', `${displayName} is not a zip archive`, [problem('NOT_ZIP', { archive: displayName })]);
    });
    const tabs = new Map<string, yauzl.Entry>();
    await new Promise<void>((resolve, reject) => {
      zip.on('entry', (e: yauzl.Entry) => {
        const m = /(?:^|\/)([^/]+)\.tab$/i.exec(e.fileName);
        if (m && !tabs.has(m[1] as string)) tabs.set(m[1] as string, e);
        zip.readEntry();
      });
      zip.on('end', () => resolve());
      zip.on('error', reject);
      zip.readEntry();
    }).catch(() => {
      zip.close();
      throw new AppError('IMPORT_INVALID', `${displayName} is not a readable zip archive`, [
        problem('ZIP_UNREADABLE', { archive: displayName }),
      ]);
    });
    return new ZipArchive(zip, tabs);
  }

  /** The lines of one entry, decoded as UTF-8, line breaks removed. */
  async *lines(stem: string): AsyncGenerator<string> {
    const entry = this.tabs.get(stem);
    if (!entry) throw new Error(`no entry ${stem}`);
    const stream = await new Promise<NodeJS.ReadableStream>((resolve, reject) =>
      this.zip.openReadStream(entry, (err, s) => (err ? reject(err) : resolve(s))),
    );
    try {
      yield* createInterface({ input: stream, crlfDelay: Infinity });
    } catch {
      throw new AppError('IMPORT_INVALID', `${stem}.tab cannot be read from the archive`, [
        problem('ZIP_ENTRY_UNREADABLE', { tab: `${stem}.tab` }, { field: `${stem}.tab` }),
      ]);
    }
  }

  close(): void {
    this.zip.close();
  }
}
