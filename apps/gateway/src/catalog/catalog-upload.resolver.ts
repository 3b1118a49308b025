import { createHash, randomUUID } from 'node:crypto';
import {
  CatalogUploadKind,
  CompanyRole,
  UPLOAD_CHUNK_BYTES,
  UPLOAD_MAX_BYTES,
  uploadCommands as commands,
  type Actor,
} from '@lotbook/contracts';
import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { TradingMember } from '../auth/access.decorator';
import { CurrentActor } from '../auth/current-actor.decorator';
import { gatewayError, GatewayErrorCode } from '../errors/gateway-errors';
import { idFor, IdempotencyKey, idempotencyKeyOf } from '../idempotency-key.arg';
import { ServiceRpcClient } from '../kafka-rpc/service-rpc.client';
import { CatalogUpload, UploadRowOutcome, UploadRowPage } from './catalog-upload.model';

const SELLER_STAFF = [CompanyRole.ADMIN, CompanyRole.SALES_MANAGER];

const FILE_ARGS_HELP = 'Pass the file as `csv` (text) or as `csvBase64` (its bytes, so a file in a wrong encoding is caught, not garbled)';

/**
 * ERP sync for sellers: a CSV file goes to catalog in chunks that fit Kafka messages, and is
 * applied there in the background. The mutation answers at once with the upload QUEUED; ask
 * `catalogUpload` for its counts and `catalogUploadRows` for what happened to each row.
 */
@Resolver()
export class CatalogUploadResolver {
  constructor(private readonly rpc: ServiceRpcClient) {}

  @TradingMember(SELLER_STAFF)
  @Mutation(() => CatalogUpload, {
    description: `Upload a CSV of listings keyed by your SKU (creates or updates): sku, product_code, region, currency, unit_price, minimum_order_quantity, lot_multiple; optionally price_breaks (100:1150.00|500:1100.00), lead_time_days, status. ${FILE_ARGS_HELP}.`,
  })
  uploadListingsCsv(
    @CurrentActor() actor: Actor,
    @Args('csv', { nullable: true, description: 'The file as text' }) csv?: string,
    @Args('csvBase64', { nullable: true, description: 'The file’s bytes in base64 (a file in a wrong encoding is refused, not garbled)' })
    csvBase64?: string,
    @Args('fileName', { nullable: true, description: 'The file’s name, to recognise the upload by' }) fileName?: string,
    @IdempotencyKey() idempotencyKey?: string,
  ) {
    return this.upload(
      actor,
      CatalogUploadKind.LISTINGS,
      fileBytes(csv, csvBase64),
      fileName ?? 'listings.csv',
      idempotencyKeyOf(idempotencyKey),
    );
  }

  @TradingMember(SELLER_STAFF)
  @Mutation(() => CatalogUpload, { description: `Upload a CSV of stock levels: sku, on_hand. ${FILE_ARGS_HELP}.` })
  uploadStockCsv(
    @CurrentActor() actor: Actor,
    @Args('csv', { nullable: true, description: 'The file as text' }) csv?: string,
    @Args('csvBase64', { nullable: true, description: 'The file’s bytes in base64 (a file in a wrong encoding is refused, not garbled)' })
    csvBase64?: string,
    @Args('fileName', { nullable: true, description: 'The file’s name, to recognise the upload by' }) fileName?: string,
    @IdempotencyKey() idempotencyKey?: string,
  ) {
    return this.upload(
      actor,
      CatalogUploadKind.STOCK,
      fileBytes(csv, csvBase64),
      fileName ?? 'stock.csv',
      idempotencyKeyOf(idempotencyKey),
    );
  }

  @TradingMember(SELLER_STAFF)
  @Query(() => CatalogUpload, { description: 'One of your uploads: its status and counts' })
  catalogUpload(@CurrentActor() actor: Actor, @Args('id', { type: () => ID, description: 'The upload' }) id: string) {
    return this.rpc.command(commands.getUpload, { actor, uploadId: id }, { key: id });
  }

  @TradingMember(SELLER_STAFF)
  @Query(() => [CatalogUpload], { description: 'Your most recent uploads, newest first' })
  async catalogUploads(
    @CurrentActor() actor: Actor,
    @Args('first', { type: () => Int, defaultValue: 20, description: 'How many, 1 to 100' }) first: number,
  ) {
    return (await this.rpc.command(commands.listUploads, { actor, first }, { key: actor.companyId ?? actor.id })).uploads;
  }

  @TradingMember(SELLER_STAFF)
  @Query(() => UploadRowPage, {
    description: 'What happened to each row of an upload, in file order; pass the last line seen as `afterLine` for more',
  })
  catalogUploadRows(
    @CurrentActor() actor: Actor,
    @Args('uploadId', { type: () => ID, description: 'The upload' }) uploadId: string,
    @Args('outcomes', { type: () => [UploadRowOutcome], nullable: true, description: 'Only rows with these outcomes' })
    outcomes?: UploadRowOutcome[],
    @Args('first', { type: () => Int, defaultValue: 100, description: 'Page size, 1 to 1000' }) first?: number,
    @Args('afterLine', { type: () => Int, defaultValue: 0, description: 'Rows after this line of the file' }) afterLine?: number,
  ) {
    return this.rpc.command(
      commands.uploadRows,
      { actor, uploadId, outcomes: outcomes ?? undefined, first: first ?? 100, afterLine: afterLine ?? 0 },
      { key: uploadId },
    );
  }

  /**
   * Begins, sends and submits an upload. With an idempotency key the upload's id comes from it,
   * and the first and the last step are keyed (`<key>#begin`, `<key>#submit`): a retry with the
   * same file answers the first answer, another file under the same key is refused.
   */
  private async upload(actor: Actor, kind: CatalogUploadKind, bytes: Buffer, fileName: string, idempotencyKey: string | undefined) {
    const uploadId = idFor('catalog-upload', actor, idempotencyKey, randomUUID);
    const step = (name: string) => (idempotencyKey === undefined ? undefined : `${idempotencyKey}#${name}`);
    const chunkCount = Math.ceil(bytes.length / UPLOAD_CHUNK_BYTES);
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    await this.rpc.command(
      commands.beginUpload,
      { actor, uploadId, kind, fileName, byteLength: bytes.length, chunkCount, sha256, idempotencyKey: step('begin') },
      { key: uploadId },
    );
    for (let index = 0; index < chunkCount; index += 1) {
      const dataBase64 = bytes.subarray(index * UPLOAD_CHUNK_BYTES, (index + 1) * UPLOAD_CHUNK_BYTES).toString('base64');
      await this.rpc.command(commands.putUploadChunk, { actor, uploadId, index, dataBase64 }, { key: uploadId });
    }
    return this.rpc.command(commands.submitUpload, { actor, uploadId, idempotencyKey: step('submit') }, { key: uploadId });
  }
}

function fileBytes(csv: string | undefined | null, csvBase64: string | undefined | null): Buffer {
  if ((csv == null) === (csvBase64 == null))
    throw gatewayError(GatewayErrorCode.INVALID_INPUT, `give the file once: ${FILE_ARGS_HELP.toLowerCase()}`);
  const bytes = csv != null ? Buffer.from(csv, 'utf8') : Buffer.from(csvBase64 as string, 'base64');
  if (csvBase64 != null && bytes.toString('base64').replace(/=+$/, '') !== csvBase64.replace(/\s/g, '').replace(/=+$/, '')) {
    throw gatewayError(GatewayErrorCode.INVALID_INPUT, 'csvBase64 is not valid base64');
  }
  if (bytes.length === 0) throw gatewayError(GatewayErrorCode.INVALID_INPUT, 'the file is empty');
  if (bytes.length > UPLOAD_MAX_BYTES)
    throw gatewayError(GatewayErrorCode.INVALID_INPUT, `the file is over ${UPLOAD_MAX_BYTES / 1024 / 1024} MB; split it`);
  return bytes;
}
