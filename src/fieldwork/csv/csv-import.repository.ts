import { Injectable } from '@nestjs/common';
import type pg from 'pg';
import { auditInsertQuery } from '../../audit/audit.repository.js';

/** What a CSV export import reads and writes besides the counts, on the counts import's connection. */
@Injectable()
export class CsvImportRepository {
  /** login → the enumerator's id and national id, for the logins of the file. */
  async logins(c: pg.PoolClient, logins: readonly string[]): Promise<Map<string, { staffId: string; nationalId: string }>> {
    const r = await c.query<{ login: string; staff_id: string; national_id: string }>(
      `SELECT l.login, s.id AS staff_id, s."nationalId" AS national_id
         FROM "FieldLogin" l JOIN "StaffMember" s ON s.id = l."staffId" WHERE l.login = ANY($1::text[])`,
      [logins],
    );
    return new Map(r.rows.map((x) => [x.login, { staffId: x.staff_id, nationalId: x.national_id }]));
  }

  /** (EA code, national id) of the current counts this mapping wrote: a pair the new file no longer counts goes to zero. */
  async previousPairs(c: pg.PoolClient, mappingId: string): Promise<{ eaCode: string; nationalId: string }[]> {
    const r = await c.query<{ ea: string; national_id: string }>(
      `SELECT DISTINCT e.code AS ea, s."nationalId" AS national_id
         FROM "EaCount" k JOIN "FieldImport" f ON f."importBatchId" = k."importBatchId" AND f."mappingId" = $1::uuid
         JOIN "EnumerationArea" e ON e.id = k."eaId" JOIN "StaffMember" s ON s.id = k."enumeratorId"
        WHERE k."isCurrent"`,
      [mappingId],
    );
    return r.rows.map((x) => ({ eaCode: x.ea, nationalId: x.national_id }));
  }

  /** The import record (provenance: file, hash, records, counted, batch) and its audit event. */
  async record(
    c: pg.PoolClient,
    o: {
      mappingId: string;
      fileName: string;
      fileHash: string;
      records: number;
      counted: number;
      batchId: string | null;
      actorId: string;
      now: Date;
    },
  ): Promise<string> {
    const imp = await c.query<{ id: string }>(
      `INSERT INTO "FieldImport" (id, "mappingId", "fileName", "fileHash", interviews, counted, "importBatchId", "actorId", "createdAt")
       VALUES (gen_random_uuid(), $1::uuid, $2, $3, $4, $5, $6::uuid, $7::uuid, $8) RETURNING id`,
      [o.mappingId, o.fileName, o.fileHash, o.records, o.counted, o.batchId, o.actorId, o.now],
    );
    const importId = (imp.rows[0] as { id: string }).id;
    const audit = auditInsertQuery(
      { userId: o.actorId, email: null },
      {
        action: 'imported',
        entity: 'FieldImport',
        entityIds: [importId, o.mappingId],
        details: { fileHash: o.fileHash, records: o.records, counted: o.counted, batchId: o.batchId },
      },
      o.now,
    );
    await c.query(audit.text, audit.values);
    return importId;
  }
}
