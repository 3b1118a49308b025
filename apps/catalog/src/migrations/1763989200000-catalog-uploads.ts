import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Sellers' ERP files: the upload, its raw chunks until it is applied, and its per-row report. */
export class CatalogUploads1763989200000 implements MigrationInterface {
  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE catalog_upload (
        id                 uuid PRIMARY KEY,
        seller_company_id  uuid NOT NULL,
        uploaded_by        uuid NOT NULL,
        kind               text NOT NULL CHECK (kind IN ('LISTINGS', 'STOCK')),
        file_name          text NOT NULL,
        byte_length        integer NOT NULL CHECK (byte_length > 0),
        chunk_count        integer NOT NULL CHECK (chunk_count > 0),
        sha256             text NOT NULL,
        status             text NOT NULL CHECK (status IN ('RECEIVING', 'QUEUED', 'COMPLETED', 'FAILED')),
        row_count          integer NOT NULL DEFAULT 0,
        created            integer NOT NULL DEFAULT 0,
        updated            integer NOT NULL DEFAULT 0,
        unchanged          integer NOT NULL DEFAULT 0,
        rejected           integer NOT NULL DEFAULT 0,
        failure_code       text,
        failure_message    text,
        received_at        timestamptz NOT NULL DEFAULT now(),
        completed_at       timestamptz
      )`);
    await queryRunner.query(`CREATE INDEX catalog_upload_seller_idx ON catalog_upload (seller_company_id, received_at DESC)`);
    await queryRunner.query(`CREATE INDEX catalog_upload_queued_idx ON catalog_upload (received_at) WHERE status = 'QUEUED'`);
    await queryRunner.query(`
      CREATE TABLE catalog_upload_chunk (
        upload_id  uuid NOT NULL REFERENCES catalog_upload (id) ON DELETE CASCADE,
        index      integer NOT NULL CHECK (index >= 0),
        data       bytea NOT NULL,
        PRIMARY KEY (upload_id, index)
      )`);
    await queryRunner.query(`
      CREATE TABLE catalog_upload_row (
        upload_id      uuid NOT NULL REFERENCES catalog_upload (id) ON DELETE CASCADE,
        line           integer NOT NULL,
        seller_sku     text NOT NULL,
        outcome        text NOT NULL CHECK (outcome IN ('CREATED', 'UPDATED', 'UNCHANGED', 'REJECTED')),
        listing_id     uuid,
        problem_code   text,
        problem_column text,
        problem        text,
        PRIMARY KEY (upload_id, line)
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE catalog_upload_row`);
    await queryRunner.query(`DROP TABLE catalog_upload_chunk`);
    await queryRunner.query(`DROP TABLE catalog_upload`);
  }
}
