import { CatalogUploadKind, UploadRowOutcome, type UploadRow } from '@lotbook/contracts';
import { columnProblems, CsvFileError, decodeCsv, LISTING_COLUMNS, parseCsv, STOCK_COLUMNS } from '@lotbook/catalog-domain';
import { CompanyNotApprovedError, CompanyStatusProjection } from '@lotbook/company-status';
import { Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { returnedRows } from '@lotbook/persistence';
import { DataSource, type EntityManager } from 'typeorm';
import { ListingImportService } from './listing-import.service';
import type { UploadRecord } from './upload.service';

/** A file as a whole is refused with one of these; its rows are then not looked at. */
class UploadFailure extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

const IDLE_MS = 1_000;
const REPORT_BATCH = 5_000;
/** Tries of one upload, a crash of the service included, before it is marked FAILED and the queue moves on. */
export const UPLOAD_MAX_ATTEMPTS = 3;

/** Control characters but TAB, LF and CR: no ERP field holds one, and PostgreSQL text cannot hold NUL. */
const CONTROL_CHARACTER = /[^\P{Cc}\t\n\r]/u;

/**
 * Applies queued uploads one at a time, each in one transaction that also writes its report:
 * a crash part-way leaves the upload QUEUED and nothing applied, and it is applied again on
 * the next start. Replicas share the queue through `FOR UPDATE SKIP LOCKED`.
 *
 * A file can never hold the queue: each try is counted before it starts (so a file that
 * crashes the service counts too), and after {@link UPLOAD_MAX_ATTEMPTS} it is marked FAILED
 * (`PROCESSING_FAILED`) with what went wrong said without the internals. Sellers take turns:
 * the next upload is the oldest of the seller whose last try is the oldest, so one seller's
 * many or large files make another wait for one file at most.
 */
@Injectable()
export class UploadProcessor implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(UploadProcessor.name);
  private running = false;
  private loop: Promise<void> | undefined;
  private wakeUp: (() => void) | undefined;

  constructor(
    private readonly dataSource: DataSource,
    private readonly imports: ListingImportService,
    private readonly standings: CompanyStatusProjection,
  ) {}

  onApplicationBootstrap(): void {
    this.running = true;
    this.loop = this.run();
  }

  async onApplicationShutdown(): Promise<void> {
    this.running = false;
    this.wakeUp?.();
    await this.loop;
  }

  /** Looks at the queue now instead of after the idle delay. */
  wake(): void {
    this.wakeUp?.();
  }

  /** Applies the next queued upload (sellers in turn), if any; true when there was one. */
  async processNext(): Promise<boolean> {
    const next = await this.takeTurn();
    if (!next) return false;
    if (next.attempts > UPLOAD_MAX_ATTEMPTS) {
      await this.giveUp(next.id, `it could not be applied in ${UPLOAD_MAX_ATTEMPTS} tries`);
      return true;
    }
    try {
      await this.dataSource.transaction(async (transaction) => {
        const [upload]: UploadRecord[] = await transaction.query(
          `SELECT * FROM catalog_upload WHERE id = $1 AND status = 'QUEUED' FOR UPDATE SKIP LOCKED`,
          [next.id],
        );
        if (upload) await this.process(transaction, upload);
      });
    } catch (error) {
      this.logger.error({
        msg: 'an upload could not be applied',
        uploadId: next.id,
        attempt: next.attempts,
        error: (error as Error).message,
      });
      if (next.attempts >= UPLOAD_MAX_ATTEMPTS) await this.giveUp(next.id, `it failed in each of ${UPLOAD_MAX_ATTEMPTS} tries`);
      throw error;
    }
    return true;
  }

  /**
   * Picks the next upload and counts the try, committed before the try starts. The seller whose
   * last try is the oldest (or who never had one) goes first; within a seller, the oldest upload.
   */
  private async takeTurn(): Promise<{ id: string; attempts: number } | undefined> {
    const rows: Array<{ id: string; attempts: number }> = returnedRows(
      await this.dataSource.query(
        `UPDATE catalog_upload SET attempts = attempts + 1, last_attempt_at = clock_timestamp()
          WHERE id = (
            SELECT u.id FROM catalog_upload u
             WHERE u.status = 'QUEUED'
             ORDER BY (SELECT max(t.last_attempt_at) FROM catalog_upload t WHERE t.seller_company_id = u.seller_company_id) ASC NULLS FIRST,
                      u.received_at, u.id
             LIMIT 1 FOR UPDATE SKIP LOCKED)
          RETURNING id, attempts`,
      ),
    );
    return rows[0];
  }

  /** Marks an upload FAILED, nothing of it applied, so the queue goes on without it. */
  private async giveUp(uploadId: string, why: string): Promise<void> {
    await this.dataSource.transaction(async (transaction) => {
      await transaction.query(
        `UPDATE catalog_upload SET status = 'FAILED', failure_code = 'PROCESSING_FAILED', failure_message = $2, completed_at = now()
          WHERE id = $1 AND status = 'QUEUED'`,
        [uploadId, `${why}, so nothing of it was applied; check the file and upload it again, or tell us upload ${uploadId}`],
      );
      await transaction.query(`DELETE FROM catalog_upload_chunk WHERE upload_id = $1`, [uploadId]);
    });
    this.logger.warn({ msg: 'an upload failed for good', uploadId, why });
  }

  private async process(transaction: EntityManager, upload: UploadRecord): Promise<void> {
    const started = Date.now();
    try {
      const report = await this.apply(transaction, upload);
      const count = (outcome: string) => report.filter((row) => row.outcome === outcome).length;
      await this.writeReport(transaction, upload.id, report);
      await transaction.query(
        `UPDATE catalog_upload SET status = 'COMPLETED', row_count = $2, created = $3, updated = $4, unchanged = $5, rejected = $6,
                completed_at = now() WHERE id = $1`,
        [upload.id, report.length, count('CREATED'), count('UPDATED'), count('UNCHANGED'), count('REJECTED')],
      );
      this.logger.log({
        msg: 'upload applied',
        uploadId: upload.id,
        kind: upload.kind,
        rows: report.length,
        millis: Date.now() - started,
      });
    } catch (error) {
      if (!(error instanceof UploadFailure)) throw error;
      await transaction.query(
        `UPDATE catalog_upload SET status = 'FAILED', failure_code = $2, failure_message = $3, completed_at = now() WHERE id = $1`,
        [upload.id, error.code, error.message],
      );
    }
    await transaction.query(`DELETE FROM catalog_upload_chunk WHERE upload_id = $1`, [upload.id]);
  }

  private async apply(transaction: EntityManager, upload: UploadRecord): Promise<UploadRow[]> {
    try {
      await this.standings.assertMayTrade(upload.seller_company_id, transaction);
    } catch (error) {
      if (error instanceof CompanyNotApprovedError) {
        throw new UploadFailure(
          'COMPANY_NOT_APPROVED',
          `the seller may not trade now, so nothing was applied: ${(error as Error).message}`,
        );
      }
      throw error;
    }
    const chunks: Array<{ data: Buffer }> = await transaction.query(
      `SELECT data FROM catalog_upload_chunk WHERE upload_id = $1 ORDER BY index`,
      [upload.id],
    );
    const bytes = Buffer.concat(chunks.map((chunk) => chunk.data));
    let table;
    try {
      table = parseCsv(decodeCsv(bytes));
    } catch (error) {
      if (error instanceof CsvFileError) throw new UploadFailure(error.code, error.message);
      throw error;
    }
    const columns = upload.kind === CatalogUploadKind.LISTINGS ? LISTING_COLUMNS : STOCK_COLUMNS;
    const { missing, unknown, repeated } = columnProblems(table.header, columns);
    if (missing.length || unknown.length || repeated.length) {
      const parts = [
        missing.length ? `missing ${missing.join(', ')}` : '',
        unknown.length ? `unknown ${unknown.join(', ')}` : '',
        repeated.length ? `repeated ${repeated.join(', ')}` : '',
      ].filter(Boolean);
      throw new UploadFailure(
        'WRONG_COLUMNS',
        `columns ${parts.join('; ')}. A ${upload.kind.toLowerCase()} file has ${columns.required.join(', ')}` +
          (columns.optional.length ? ` and optionally ${columns.optional.join(', ')}` : ''),
      );
    }
    // A row with a control character in a cell is refused alone; the others are applied.
    const refused: UploadRow[] = [];
    const clean = table.records.filter((record) => {
      const column = record.cells.findIndex((cell) => CONTROL_CHARACTER.test(cell));
      if (column < 0) return true;
      refused.push(controlCharacterRow(record.line, table.header, record.cells, column));
      return false;
    });
    const applied = await (upload.kind === CatalogUploadKind.LISTINGS
      ? this.imports.applyListings(transaction, upload.seller_company_id, { ...table, records: clean })
      : this.imports.applyStock(transaction, upload.seller_company_id, { ...table, records: clean }));
    return refused.length === 0 ? applied : [...applied, ...refused].sort((a, b) => a.line - b.line);
  }

  private async writeReport(transaction: EntityManager, uploadId: string, report: UploadRow[]): Promise<void> {
    for (let start = 0; start < report.length; start += REPORT_BATCH) {
      const batch = report.slice(start, start + REPORT_BATCH);
      await transaction.query(
        `INSERT INTO catalog_upload_row (upload_id, line, seller_sku, outcome, listing_id, problem_code, problem_column, problem)
         SELECT $1, * FROM unnest($2::int[], $3::text[], $4::text[], $5::uuid[], $6::text[], $7::text[], $8::text[])`,
        [
          uploadId,
          batch.map((row) => row.line),
          batch.map((row) => row.sellerSku),
          batch.map((row) => row.outcome),
          batch.map((row) => row.listingId),
          batch.map((row) => row.problem?.code ?? null),
          batch.map((row) => row.problem?.column ?? null),
          batch.map((row) => row.problem?.message ?? null),
        ],
      );
    }
  }

  private async run(): Promise<void> {
    let failures = 0;
    while (this.running) {
      let busy = false;
      try {
        busy = await this.processNext();
        failures = 0;
      } catch (error) {
        failures += 1;
        this.logger.error({
          msg: `an upload could not be applied; it is tried again, ${UPLOAD_MAX_ATTEMPTS} times in all`,
          error: (error as Error).message,
        });
      }
      if (busy && this.running) continue;
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, failures > 0 ? Math.min(30_000, IDLE_MS * 2 ** failures) : IDLE_MS);
        this.wakeUp = () => {
          clearTimeout(timer);
          resolve();
        };
      });
      this.wakeUp = undefined;
    }
  }
}

/** A row refused for a control character: its SKU as far as it can be stored, the column and the character named. */
function controlCharacterRow(line: number, header: string[], cells: string[], column: number): UploadRow {
  const character = CONTROL_CHARACTER.exec(cells[column])?.[0] ?? '';
  const codePoint = `U+${(character.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
  const sku = cells[Math.max(0, header.indexOf('sku'))] ?? '';
  return {
    line,
    sellerSku: sku.replace(new RegExp(CONTROL_CHARACTER.source, 'gu'), '\uFFFD'),
    outcome: UploadRowOutcome.REJECTED,
    listingId: null,
    problem: {
      code: 'INVALID_INPUT',
      column: header[column] ?? null,
      message: `${header[column] ?? 'a cell'} holds the control character ${codePoint}; a cell may hold no control character but tab and line breaks`,
    },
  };
}
