import { CatalogUploadKind, CatalogUploadStatus, UploadRowOutcome } from '@lotbook/contracts';
import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';

export { CatalogUploadKind, CatalogUploadStatus, UploadRowOutcome };
registerEnumType(CatalogUploadKind, { name: 'CatalogUploadKind', description: 'LISTINGS (terms by SKU) or STOCK (on hand by SKU)' });
registerEnumType(CatalogUploadStatus, {
  name: 'CatalogUploadStatus',
  description: 'QUEUED until applied, then COMPLETED (see the counts and rows) or FAILED (the file could not be read; see failure)',
});
registerEnumType(UploadRowOutcome, { name: 'UploadRowOutcome' });

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
  @Field() message!: string;
}

@ObjectType({ description: 'A listings or stock CSV file a seller uploaded, and what applying it did' })
export class CatalogUpload {
  @Field(() => ID) id!: string;
  @Field(() => CatalogUploadKind) kind!: CatalogUploadKind;
  @Field() fileName!: string;
  @Field(() => Int) byteLength!: number;
  @Field(() => CatalogUploadStatus) status!: CatalogUploadStatus;
  @Field(() => Int, { description: 'Data rows read (the header and blank lines not counted)' }) rowCount!: number;
  @Field(() => Int) created!: number;
  @Field(() => Int) updated!: number;
  @Field(() => Int) unchanged!: number;
  @Field(() => Int) rejected!: number;
  @Field(() => UploadProblem, { nullable: true }) failure!: UploadProblem | null;
  @Field() receivedAt!: string;
  @Field(() => String, { nullable: true }) completedAt!: string | null;
}

@ObjectType({ description: 'What happened to one row of an upload' })
export class UploadRow {
  @Field(() => Int, { description: 'Line number in the file; the header is line 1' }) line!: number;
  @Field() sellerSku!: string;
  @Field(() => UploadRowOutcome) outcome!: UploadRowOutcome;
  @Field(() => ID, { nullable: true }) listingId!: string | null;
  @Field(() => UploadProblem, { nullable: true }) problem!: UploadProblem | null;
}

@ObjectType()
export class UploadRowPage {
  @Field(() => [UploadRow]) rows!: UploadRow[];
  @Field() hasNextPage!: boolean;
}
