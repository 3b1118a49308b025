import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Companies, their users and roles, operators, the moderation audit log, sessions and sign-in throttling. */
export class CompaniesUsersModeration1763900000000 implements MigrationInterface {
  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE company (
        id             uuid PRIMARY KEY,
        legal_name     text NOT NULL,
        trading_name   text NOT NULL,
        country        char(2) NOT NULL,
        tax_id         text NOT NULL,
        kind           text NOT NULL CHECK (kind IN ('BUYER', 'SELLER', 'BOTH')),
        status         text NOT NULL CHECK (status IN ('PENDING_REVIEW', 'APPROVED', 'REJECTED', 'SUSPENDED')),
        registered_at  timestamptz NOT NULL DEFAULT now(),
        updated_at     timestamptz NOT NULL DEFAULT now()
      )`);
    // One active company per registration number: a rejected one may register again.
    await queryRunner.query(`CREATE UNIQUE INDEX company_active_tax_id_idx ON company (country, tax_id) WHERE status <> 'REJECTED'`);
    await queryRunner.query(`CREATE INDEX company_status_idx ON company (status)`);
    await queryRunner.query(`
      CREATE TABLE user_account (
        id             uuid PRIMARY KEY,
        email          text NOT NULL UNIQUE,
        full_name      text NOT NULL,
        password_hash  text NOT NULL,
        created_at     timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`
      CREATE TABLE membership (
        user_id     uuid NOT NULL REFERENCES user_account (id),
        company_id  uuid NOT NULL REFERENCES company (id),
        roles       text[] NOT NULL,
        created_at  timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (user_id, company_id)
      )`);
    await queryRunner.query(`
      CREATE TABLE operator_account (
        id             uuid PRIMARY KEY,
        email          text NOT NULL UNIQUE,
        full_name      text NOT NULL,
        password_hash  text NOT NULL,
        created_at     timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`
      CREATE TABLE moderation_entry (
        id           uuid PRIMARY KEY,
        company_id   uuid NOT NULL REFERENCES company (id),
        action       text NOT NULL,
        from_status  text,
        to_status    text NOT NULL,
        reason       text NOT NULL,
        operator_id  uuid REFERENCES operator_account (id),
        occurred_at  timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`CREATE INDEX moderation_entry_company_idx ON moderation_entry (company_id, occurred_at)`);
    await queryRunner.query(`CREATE INDEX moderation_entry_time_idx ON moderation_entry (occurred_at)`);
    await queryRunner.query(`
      CREATE TABLE refresh_token (
        id              uuid PRIMARY KEY,
        token_hash      text NOT NULL UNIQUE,
        family_id       uuid NOT NULL,
        principal_kind  text NOT NULL CHECK (principal_kind IN ('USER', 'OPERATOR')),
        principal_id    uuid NOT NULL,
        company_id      uuid,
        issued_at       timestamptz NOT NULL DEFAULT now(),
        expires_at      timestamptz NOT NULL,
        used_at         timestamptz,
        revoked_at      timestamptz
      )`);
    await queryRunner.query(`CREATE INDEX refresh_token_family_idx ON refresh_token (family_id)`);
    await queryRunner.query(`
      CREATE TABLE sign_in_throttle (
        throttle_key     text PRIMARY KEY,
        failures         integer NOT NULL,
        last_failure_at  timestamptz,
        locked_until     timestamptz
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['sign_in_throttle', 'refresh_token', 'moderation_entry', 'operator_account', 'membership', 'user_account', 'company']) {
      await queryRunner.query(`DROP TABLE ${table}`);
    }
  }
}
