import { catalogCommands as commands, CompanyRole, type Actor, type PriceQuoteResult } from '@lotbook/contracts';
import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Authenticated, CompanyMember, OperatorOnly, TradingMember } from '../auth/access.decorator';
import { CurrentActor } from '../auth/current-actor.decorator';
import { IdempotencyKey, idempotencyKeyOf } from '../idempotency-key.arg';
import { ServiceRpcClient } from '../kafka-rpc/service-rpc.client';
import {
  Category,
  ContractPrice,
  Listing,
  ListingInput,
  ListingSearchFilter,
  ListingSearchPage,
  ListingSort,
  PriceQuote,
  Product,
  ProductInput,
  ProductOffer,
} from './catalog.model';

/** A quote as GraphQL shows it: the refusal, when there is one, as an object. */
function quoteView(quote: PriceQuoteResult): PriceQuote {
  return quote.ok ? quote : { ok: false, listingId: quote.listingId, refusal: { reason: quote.reason, message: quote.message } };
}
import { MinorUnits } from '../minor-units.scalar';

const SELLER_STAFF = [CompanyRole.ADMIN, CompanyRole.SALES_MANAGER];

/** Categories, products, listings and quotes; every field forwards to the catalog service over Kafka. */
@Resolver()
export class CatalogResolver {
  constructor(private readonly rpc: ServiceRpcClient) {}

  @OperatorOnly()
  @Mutation(() => Category, { description: 'Add a category at the root or under a parent (operators)' })
  createCategory(
    @CurrentActor() actor: Actor,
    @Args('name', { description: 'Its name, 2 to 120 characters, unique among its siblings' }) name: string,
    @Args('parentId', { type: () => ID, nullable: true, description: 'The category above it; at the root when left out' })
    parentId?: string,
    @IdempotencyKey() idempotencyKey?: string,
  ) {
    return this.rpc.command(
      commands.createCategory,
      { idempotencyKey: idempotencyKeyOf(idempotencyKey), actor, name, parentId: parentId ?? undefined },
      { key: parentId ?? 'root' },
    );
  }

  @Authenticated()
  @Query(() => [Category], { description: 'The category tree, parents before children' })
  async categories(@CurrentActor() actor: Actor) {
    return (await this.rpc.command(commands.listCategories, { actor }, { key: 'categories' })).categories;
  }

  @Authenticated()
  @Query(() => Product, {
    description: 'A product: its code, name, attributes and base unit (a proposed one only for operators and its proposer)',
  })
  product(@CurrentActor() actor: Actor, @Args('id', { type: () => ID, description: 'The product' }) id: string) {
    return this.rpc.command(commands.getProduct, { actor, productId: id }, { key: id });
  }

  @OperatorOnly()
  @Mutation(() => Product, { description: 'Create a product, ACTIVE at once (operators)' })
  createProduct(
    @CurrentActor() actor: Actor,
    @Args('input', { description: 'The product' }) input: ProductInput,
    @IdempotencyKey() idempotencyKey?: string,
  ) {
    return this.rpc.command(
      commands.proposeProduct,
      { idempotencyKey: idempotencyKeyOf(idempotencyKey), actor, ...input, attributes: input.attributes ?? {} },
      { key: input.code },
    );
  }

  @TradingMember(SELLER_STAFF)
  @Mutation(() => Product, { description: 'Propose a product; it is visible once an operator approves it (sellers)' })
  proposeProduct(
    @CurrentActor() actor: Actor,
    @Args('input', { description: 'The product' }) input: ProductInput,
    @IdempotencyKey() idempotencyKey?: string,
  ) {
    return this.rpc.command(
      commands.proposeProduct,
      { idempotencyKey: idempotencyKeyOf(idempotencyKey), actor, ...input, attributes: input.attributes ?? {} },
      { key: input.code },
    );
  }

  @OperatorOnly()
  @Mutation(() => Product, { description: 'Approve a proposed product, or reject it with a reason (operators)' })
  reviewProduct(
    @CurrentActor() actor: Actor,
    @Args('productId', { type: () => ID, description: 'The proposed product' }) productId: string,
    @Args('approve', { description: 'True approves it (ACTIVE); false rejects it (REJECTED)' }) approve: boolean,
    @Args('reason', { nullable: true, description: 'Why it is rejected (10 characters or more); the proposer sees it' }) reason?: string,
    @IdempotencyKey() idempotencyKey?: string,
  ) {
    return this.rpc.command(
      commands.reviewProduct,
      { idempotencyKey: idempotencyKeyOf(idempotencyKey), actor, productId, approve, reason: reason ?? undefined },
      { key: productId },
    );
  }

  @TradingMember(SELLER_STAFF)
  @Mutation(() => Listing, { description: 'Create or update your listing with this SKU (sellers)' })
  saveListing(
    @CurrentActor() actor: Actor,
    @Args('input', { description: 'The listing’s terms' }) input: ListingInput,
    @IdempotencyKey() idempotencyKey?: string,
  ) {
    return this.rpc.command(
      commands.saveListing,
      { idempotencyKey: idempotencyKeyOf(idempotencyKey), actor, ...input },
      { key: input.productId },
    );
  }

  @TradingMember(SELLER_STAFF)
  @Mutation(() => ContractPrice, {
    description:
      'Set a buyer company’s price: a unit price on one of your listings, or a percentage off a listing or a whole category (sellers)',
  })
  setContractPrice(
    @CurrentActor() actor: Actor,
    @Args('buyerCompanyId', { type: () => ID, description: 'The buyer company the price is for' }) buyerCompanyId: string,
    @Args('listingId', { type: () => ID, nullable: true, description: 'One of your listings; or give categoryId' }) listingId?: string,
    @Args('categoryId', { type: () => ID, nullable: true, description: 'A whole category, sub-categories included; or give listingId' })
    categoryId?: string,
    @Args('unitPriceMinor', {
      type: () => MinorUnits,
      nullable: true,
      description: 'A unit price in minor units (listings only); or give percentOffBasisPoints',
    })
    unitPriceMinor?: number,
    @Args('percentOffBasisPoints', {
      type: () => Int,
      nullable: true,
      description: 'A percentage off in basis points, 1 to 10000 (500 = 5 %)',
    })
    percentOffBasisPoints?: number,
    @IdempotencyKey() idempotencyKey?: string,
  ) {
    return this.rpc.command(
      commands.setContractPrice,
      {
        idempotencyKey: idempotencyKeyOf(idempotencyKey),
        actor,
        buyerCompanyId,
        listingId: listingId ?? undefined,
        categoryId: categoryId ?? undefined,
        unitPriceMinor: unitPriceMinor ?? undefined,
        percentOffBasisPoints: percentOffBasisPoints ?? undefined,
      },
      { key: listingId ?? categoryId ?? buyerCompanyId },
    );
  }

  @CompanyMember()
  @Query(() => ListingSearchPage, { description: 'Search what is on sale: text, category tree, attributes, region, price, stock, seller' })
  searchListings(
    @CurrentActor() actor: Actor,
    @Args('filter', { type: () => ListingSearchFilter, nullable: true, description: 'What to find; everything on sale when left out' })
    filter?: ListingSearchFilter,
    @Args('sort', { type: () => ListingSort, defaultValue: ListingSort.PRICE_ASC, description: 'The order of the results' })
    sort?: ListingSort,
    @Args('first', { type: () => Int, defaultValue: 20, description: 'Page size, 1 to 100' }) first?: number,
    @Args('after', { nullable: true, description: 'The endCursor of the previous page' }) after?: string,
  ) {
    const clean = Object.fromEntries(Object.entries(filter ?? {}).filter(([, value]) => value !== null && value !== undefined));
    return this.rpc.command(
      commands.searchListings,
      {
        actor,
        ...clean,
        inStockOnly: filter?.inStockOnly ?? false,
        sort: sort ?? ListingSort.PRICE_ASC,
        first: first ?? 20,
        after: after ?? undefined,
      },
      // Searches need no order among themselves: spread them over the topic's partitions.
      { key: actor.companyId ?? actor.id },
    );
  }

  @CompanyMember()
  @Query(() => PriceQuote, { description: 'Your unit price and line total for a quantity of a listing, and why; or why not' })
  async priceQuote(
    @CurrentActor() actor: Actor,
    @Args('listingId', { type: () => ID, description: 'The listing' }) listingId: string,
    @Args('quantity', { type: () => Int, description: 'Base units to price' }) quantity: number,
  ): Promise<PriceQuote> {
    return quoteView(await this.rpc.command(commands.quotePrice, { actor, listingId, quantity }, { key: listingId }));
  }

  @CompanyMember()
  @Query(() => [ProductOffer], {
    description: "All sellers' offers of a product side by side, quoted for you at a quantity (or each one's minimum), cheapest first",
  })
  async productOffers(
    @CurrentActor() actor: Actor,
    @Args('productId', { type: () => ID, description: 'The product' }) productId: string,
    @Args('quantity', { type: () => Int, nullable: true, description: 'Base units to price; each listing’s minimum when left out' })
    quantity?: number,
  ) {
    const { offers } = await this.rpc.command(
      commands.productOffers,
      { actor, productId, quantity: quantity ?? undefined },
      { key: productId },
    );
    return offers.map((offer) => ({ ...offer, quote: quoteView(offer.quote) }));
  }
}
