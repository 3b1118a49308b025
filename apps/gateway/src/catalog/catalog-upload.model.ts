import { CatalogUploadKind, CatalogUploadStatus, UploadRowOutcome } from '@lotbook/contracts';
import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';

export { CatalogUploadKind, CatalogUploadStatus, UploadRowOutcome };
registerEnumType(CatalogUploadKind, { name: 'CatalogUploadKind', description: 'LISTINGS (terms by SKU) or STOCK (on hand by SKU)' });
registerEnumType(CatalogUploadStatus, {
  name: 'CatalogUploadStatus',
  description: 'QUEUED until applied, then COMPLETED (see the counts and rows) or FAILED (the file could not be read; see failure)',
});
registerEnumType(UploadRowOutcome, {
  name: 'UploadRowOutcome',
  description: 'What a row did: CREATED or UPDATED a listing, UNCHANGED (equal to what is stored), or REJECTED (see its problem)',
});

@ObjectType({ description: 'Why a file or a row was refused' })
export class UploadProblem {
  @Field({
    description:
      'File: BROKEN_ENCODING, MALFORMED_CSV, EMPTY_FILE, WRONG_COLUMNS, COMPANY_NOT_APPROVED. Row: INVALID_INPUT, WRONG_CELL_COUNT, UNKNOWN_CURRENCY, NON_POSITIVE_PRICE, ' +
      'PRICE_TOO_PRECISE, NON_POSITIVE_QUANTITY, PRICE_BREAKS_OUT_OF_ORDER, LOT_MULTIPLE_DOES_NOT_DIVIDE_MOQ, DUPLICATE_SKU, UNKNOWN_PRODUCT, PRODUCT_NOT_ACTIVE, ' +
      'SKU_LISTS_ANOTHER_PRODUCT, UNKNOWN_LISTING, STOCK_BELOW_RESERVED',
  })
  code!: string;
  @Field(() => String, { nullable: true, description: 'The column at fault, for a row' }) column?: string | null;
  @Field({ description: 'The problem, for people' }) message!: string;
}

@ObjectType({ description: 'A listings or stock CSV file a seller uploaded, and what applying it did' })
export class CatalogUpload {
  @Field(() => ID, { description: 'The upload’s id' }) id!: string;
  @Field(() => CatalogUploadKind, { description: 'Listings or stock' }) kind!: CatalogUploadKind;
  @Field({ description: 'The file’s name, as given' }) fileName!: string;
  @Field(() => Int, { description: 'The file’s size in bytes' }) byteLength!: number;
  @Field(() => CatalogUploadStatus, { description: 'Where the upload is' }) status!: CatalogUploadStatus;
  @Field(() => Int, { description: 'Data rows read (the header and blank lines not counted)' }) rowCount!: number;
  @Field(() => Int, { description: 'Rows that created a listing' }) created!: number;
  @Field(() => Int, { description: 'Rows that changed a listing' }) updated!: number;
  @Field(() => Int, { description: 'Rows equal to what was stored (nothing changed, nothing published)' }) unchanged!: number;
  @Field(() => Int, { description: 'Rows refused (see catalogUploadRows)' }) rejected!: number;
  @Field(() => UploadProblem, { nullable: true, description: 'Why the file as a whole could not be read (status FAILED)' })
  failure!: UploadProblem | null;
  @Field({ description: 'When the upload began (ISO 8601)' }) receivedAt!: string;
  @Field(() => String, { nullable: true, description: 'When it was applied or failed (ISO 8601); null before' }) completedAt!:
    string | null;
}

@ObjectType({ description: 'What happened to one row of an upload' })
export class UploadRow {
  @Field(() => Int, { description: 'Line number in the file; the header is line 1' }) line!: number;
  @Field({ description: 'The row’s SKU' }) sellerSku!: string;
  @Field(() => UploadRowOutcome, { description: 'What the row did' }) outcome!: UploadRowOutcome;
  @Field(() => ID, { nullable: true, description: 'The listing it created or updated; null when refused' }) listingId!: string | null;
  @Field(() => UploadProblem, { nullable: true, description: 'Why the row was refused' }) problem!: UploadProblem | null;
}

@ObjectType({ description: 'A page of an upload’s row report' })
export class UploadRowPage {
  @Field(() => [UploadRow], { description: 'The rows, in file order' }) rows!: UploadRow[];
  @Field({ description: 'Whether more rows follow; pass the last line seen as afterLine' }) hasNextPage!: boolean;
}
