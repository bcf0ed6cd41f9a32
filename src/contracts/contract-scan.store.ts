import { createHash, randomUUID } from 'node:crypto';
import { mkdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import { join, resolve, sep } from 'node:path';
import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../common/config/config.js';
import { SCAN_EXTENSION, type ScanType } from './domain/contract-scan.js';

export interface StoredScan {
  /** relative to the scan directory; named by the service (contract id and content hash), never by the uploader */
  readonly path: string;
  readonly size: number;
  readonly sha256: string;
}

/**
 * The file system behind contract scans: `DATA_DIR/contract-scans/<contract id>-<sha256 prefix>.<ext>`.
 * A scan is written under a temporary name and renamed, so a reader never sees half a file; a
 * path read back from the database is resolved inside the directory or refused.
 */
@Injectable()
export class ContractScanStore {
  private readonly dir: string;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.dir = resolve(config.dataDir, 'contract-scans');
  }

  async put(contractId: string, type: ScanType, bytes: Buffer): Promise<StoredScan> {
    await mkdir(this.dir, { recursive: true, mode: 0o700 });
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    const name = `${contractId}-${sha256.slice(0, 16)}.${SCAN_EXTENSION[type]}`;
    const temp = join(this.dir, `.${randomUUID()}.part`);
    await writeFile(temp, bytes, { mode: 0o600, flag: 'wx' });
    await rename(temp, join(this.dir, name));
    return { path: name, size: bytes.length, sha256 };
  }

  /** The absolute path of a stored scan, or null when the file is gone or the name is not ours. */
  async locate(path: string): Promise<string | null> {
    const full = resolve(this.dir, path);
    if (!full.startsWith(this.dir + sep)) return null;
    try {
      return (await stat(full)).isFile() ? full : null;
    } catch {
      return null;
    }
  }

  /** Removes a scan written for a change that did not commit. */
  async remove(path: string): Promise<void> {
    const full = resolve(this.dir, path);
    if (full.startsWith(this.dir + sep)) await rm(full, { force: true });
  }
}
