import { createHash } from 'node:crypto';
import {
  CatalogUploadStatus,
  type Actor,
  type CatalogUpload,
  type CatalogUploadKind,
  type UploadRow,
  type UploadRowOutcome,
} from '@lotbook/contracts';
import { CompanyStatusProjection } from '@lotbook/company-status';
import { returnedRows } from '@lotbook/persistence';
import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { CatalogError, CatalogErrorCode as Code } from '../catalog.exception';
import { requireTradingSeller } from './catalog-access';
import { UploadProcessor } from './upload-processor';

export interface UploadRecord {
  id: string;
  seller_company_id: string;
  uploaded_by: string;
  kind: CatalogUploadKind;
  file_name: string;
  byte_length: number;
  chunk_count: number;
  sha256: string;
  status: CatalogUploadStatus;
  row_count: number;
  created: number;
  updated: number;
  unchanged: number;
  rejected: number;
  failure_code: string | null;
  failure_message: string | null;
  received_at: Date;
  completed_at: Date | null;
}

export const toUpload = (row: UploadRecord): CatalogUpload => ({
  id: row.id,
  sellerCompanyId: row.seller_company_id,
  kind: row.kind,
  fileName: row.file_name,
  byteLength: row.byte_length,
  status: row.status,
  rowCount: row.row_count,
  created: row.created,
  updated: row.updated,
  unchanged: row.unchanged,
  rejected: row.rejected,
  failure: row.failure_code ? { code: row.failure_code, message: row.failure_message ?? '' } : null,
  receivedAt: row.received_at.toISOString(),
  completedAt: row.completed_at?.toISOString() ?? null,
});

export interface BeginUpload {
  uploadId: string;
  kind: CatalogUploadKind;
  fileName: string;
  byteLength: number;
  chunkCount: number;
  sha256: string;
}

/**
 * Receiving sellers' ERP files. A file arrives as chunks small enough for Kafka, is checked
 * whole (length and SHA-256) on submit, and is then applied by the {@link UploadProcessor}.
 * Every step is idempotent, so a retried message changes nothing.
 */
@Injectable()
export class UploadService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly standings: CompanyStatusProjection,
    private readonly processor: UploadProcessor,
  ) {}

  async begin(actor: Actor, upload: BeginUpload): Promise<CatalogUpload> {
    const sellerCompanyId = await requireTradingSeller(actor, this.standings);
    const fileName = upload.fileName.trim() || 'upload.csv';
    await this.dataSource.query(
      `INSERT INTO catalog_upload (id, seller_company_id, uploaded_by, kind, file_name, byte_length, chunk_count, sha256, status)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, 'RECEIVING') ON CONFLICT (id) DO NOTHING`,
      [upload.uploadId, sellerCompanyId, actor.id, upload.kind, fileName, upload.byteLength, upload.chunkCount, upload.sha256],
    );
    const row = await this.mine(this.dataSource.manager, actor, upload.uploadId);
    if (row.kind !== upload.kind || row.byte_length !== upload.byteLength || row.sha256 !== upload.sha256) {
      throw new CatalogError(Code.UPLOAD_CONFLICT, `upload ${upload.uploadId} was begun with another file`, 'uploadId');
    }
    return toUpload(row);
  }

  async putChunk(actor: Actor, uploadId: string, index: number, dataBase64: string): Promise<{ uploadId: string; chunksReceived: number }> {
    const upload = await this.mine(this.dataSource.manager, actor, uploadId);
    if (index >= upload.chunk_count)
      throw new CatalogError(Code.INVALID_INPUT, `the upload has ${upload.chunk_count} chunks; no chunk ${index}`, 'index');
    if (upload.status === CatalogUploadStatus.RECEIVING) {
      await this.dataSource.query(`INSERT INTO catalog_upload_chunk (upload_id, index, data) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING`, [
        uploadId,
        index,
        Buffer.from(dataBase64, 'base64'),
      ]);
    }
    const [{ count }] = await this.dataSource.query(`SELECT count(*)::int AS count FROM catalog_upload_chunk WHERE upload_id = $1`, [
      uploadId,
    ]);
    return { uploadId, chunksReceived: upload.status === CatalogUploadStatus.RECEIVING ? count : upload.chunk_count };
  }

  /** Checks the file is whole and queues it; submitting a queued or finished upload again answers its state. */
  async submit(actor: Actor, uploadId: string): Promise<CatalogUpload> {
    const upload = await this.dataSource.transaction(async (transaction) => {
      const row = await this.mine(transaction, actor, uploadId, { lock: true });
      if (row.status !== CatalogUploadStatus.RECEIVING) return row;
      const chunks: Array<{ index: number; data: Buffer }> = await transaction.query(
        `SELECT index, data FROM catalog_upload_chunk WHERE upload_id = $1 ORDER BY index`,
        [uploadId],
      );
      if (chunks.length !== row.chunk_count) {
        throw new CatalogError(
          Code.UPLOAD_INCOMPLETE,
          `${chunks.length} of ${row.chunk_count} chunks have arrived; send the rest first`,
          'uploadId',
        );
      }
      const file = Buffer.concat(chunks.map((chunk) => chunk.data));
      const sha256 = createHash('sha256').update(file).digest('hex');
      if (file.length !== row.byte_length || sha256 !== row.sha256) {
        throw new CatalogError(
          Code.UPLOAD_INCOMPLETE,
          `the chunks make ${file.length} bytes with SHA-256 ${sha256}; the upload announced ${row.byte_length} bytes with ${row.sha256}`,
          'uploadId',
        );
      }
      const [queued] = returnedRows<UploadRecord>(
        await transaction.query(`UPDATE catalog_upload SET status = 'QUEUED' WHERE id = $1 RETURNING *`, [uploadId]),
      );
      return queued;
    });
    this.processor.wake();
    return toUpload(upload);
  }

  async get(actor: Actor, uploadId: string): Promise<CatalogUpload> {
    return toUpload(await this.mine(this.dataSource.manager, actor, uploadId));
  }

  async list(actor: Actor, first: number): Promise<CatalogUpload[]> {
    const sellerCompanyId = this.sellerOf(actor);
    const rows: UploadRecord[] = await this.dataSource.query(
      `SELECT * FROM catalog_upload WHERE seller_company_id = $1 ORDER BY received_at DESC, id LIMIT $2`,
      [sellerCompanyId, first],
    );
    return rows.map(toUpload);
  }

  async rows(
    actor: Actor,
    uploadId: string,
    page: { outcomes?: UploadRowOutcome[]; first: number; afterLine: number },
  ): Promise<{ rows: UploadRow[]; hasNextPage: boolean }> {
    await this.mine(this.dataSource.manager, actor, uploadId);
    const rows: Array<{
      line: number;
      seller_sku: string;
      outcome: UploadRowOutcome;
      listing_id: string | null;
      problem_code: string | null;
      problem_column: string | null;
      problem: string | null;
    }> = await this.dataSource.query(
      `SELECT * FROM catalog_upload_row
        WHERE upload_id = $1 AND line > $2 AND ($3::text[] IS NULL OR outcome = ANY($3))
        ORDER BY line LIMIT $4`,
      [uploadId, page.afterLine, page.outcomes?.length ? page.outcomes : null, page.first + 1],
    );
    return {
      rows: rows.slice(0, page.first).map((row) => ({
        line: row.line,
        sellerSku: row.seller_sku,
        outcome: row.outcome,
        listingId: row.listing_id,
        problem: row.problem_code ? { code: row.problem_code, column: row.problem_column, message: row.problem ?? '' } : null,
      })),
      hasNextPage: rows.length > page.first,
    };
  }

  private sellerOf(actor: Actor): string {
    if (actor.kind !== 'USER' || !actor.companyId) throw new CatalogError(Code.FORBIDDEN, 'uploads belong to seller companies');
    return actor.companyId;
  }

  /** The upload, if it belongs to the actor's company; another company's upload is as missing as an unknown id. */
  private async mine(manager: EntityManager, actor: Actor, uploadId: string, options: { lock?: boolean } = {}): Promise<UploadRecord> {
    const sellerCompanyId = this.sellerOf(actor);
    const rows: UploadRecord[] = await manager.query(
      `SELECT * FROM catalog_upload WHERE id = $1 AND seller_company_id = $2 ${options.lock ? 'FOR UPDATE' : ''}`,
      [uploadId, sellerCompanyId],
    );
    if (!rows[0]) throw new CatalogError(Code.UNKNOWN_UPLOAD, `no upload ${uploadId}`, 'uploadId');
    return rows[0];
  }
}
