import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Invitations of people into a company, with the roles they will have. */
export class Invitations1763903600000 implements MigrationInterface {
  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE invitation (
        id           uuid PRIMARY KEY,
        token_hash   text NOT NULL UNIQUE,
        company_id   uuid NOT NULL REFERENCES company (id),
        email        text NOT NULL,
        roles        text[] NOT NULL,
        invited_by   uuid NOT NULL REFERENCES user_account (id),
        created_at   timestamptz NOT NULL DEFAULT now(),
        expires_at   timestamptz NOT NULL,
        accepted_at  timestamptz,
        accepted_by  uuid REFERENCES user_account (id)
      )`);
    await queryRunner.query(`CREATE INDEX invitation_company_idx ON invitation (company_id)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE invitation`);
  }
}
