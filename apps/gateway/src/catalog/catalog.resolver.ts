import { catalogCommands as commands, CompanyRole, type Actor, type PriceQuoteResult } from '@lotbook/contracts';
import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Authenticated, CompanyMember, OperatorOnly, TradingMember } from '../auth/access.decorator';
import { CurrentActor } from '../auth/current-actor.decorator';
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
  createCategory(@CurrentActor() actor: Actor, @Args('name') name: string, @Args('parentId', { type: () => ID, nullable: true }) parentId?: string) {
    return this.rpc.command(commands.createCategory, { actor, name, parentId: parentId ?? undefined }, { key: parentId ?? 'root' });
  }

  @Authenticated()
  @Query(() => [Category], { description: 'The category tree, parents before children' })
  async categories(@CurrentActor() actor: Actor) {
    return (await this.rpc.command(commands.listCategories, { actor }, { key: 'categories' })).categories;
  }

  @Authenticated()
  @Query(() => Product, { description: 'A product: its code, name, attributes and base unit (a proposed one only for operators and its proposer)' })
  product(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string) {
    return this.rpc.command(commands.getProduct, { actor, productId: id }, { key: id });
  }

  @OperatorOnly()
  @Mutation(() => Product, { description: 'Create a product, ACTIVE at once (operators)' })
  createProduct(@CurrentActor() actor: Actor, @Args('input') input: ProductInput) {
    return this.rpc.command(commands.proposeProduct, { actor, ...input, attributes: input.attributes ?? {} }, { key: input.code });
  }

  @TradingMember(SELLER_STAFF)
  @Mutation(() => Product, { description: 'Propose a product; it is visible once an operator approves it (sellers)' })
  proposeProduct(@CurrentActor() actor: Actor, @Args('input') input: ProductInput) {
    return this.rpc.command(commands.proposeProduct, { actor, ...input, attributes: input.attributes ?? {} }, { key: input.code });
  }

  @OperatorOnly()
  @Mutation(() => Product, { description: 'Approve a proposed product, or reject it with a reason (operators)' })
  reviewProduct(
    @CurrentActor() actor: Actor,
    @Args('productId', { type: () => ID }) productId: string,
    @Args('approve') approve: boolean,
    @Args('reason', { nullable: true }) reason?: string,
  ) {
    return this.rpc.command(commands.reviewProduct, { actor, productId, approve, reason: reason ?? undefined }, { key: productId });
  }

  @TradingMember(SELLER_STAFF)
  @Mutation(() => Listing, { description: 'Create or update your listing with this SKU (sellers)' })
  saveListing(@CurrentActor() actor: Actor, @Args('input') input: ListingInput) {
    return this.rpc.command(commands.saveListing, { actor, ...input }, { key: input.productId });
  }

  @TradingMember(SELLER_STAFF)
  @Mutation(() => ContractPrice, {
    description: 'Set a buyer company’s price: a unit price on one of your listings, or a percentage off a listing or a whole category (sellers)',
  })
  setContractPrice(
    @CurrentActor() actor: Actor,
    @Args('buyerCompanyId', { type: () => ID }) buyerCompanyId: string,
    @Args('listingId', { type: () => ID, nullable: true }) listingId?: string,
    @Args('categoryId', { type: () => ID, nullable: true }) categoryId?: string,
    @Args('unitPriceMinor', { type: () => MinorUnits, nullable: true }) unitPriceMinor?: number,
    @Args('percentOffBasisPoints', { type: () => Int, nullable: true }) percentOffBasisPoints?: number,
  ) {
    return this.rpc.command(
      commands.setContractPrice,
      {
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
    @Args('filter', { type: () => ListingSearchFilter, nullable: true }) filter?: ListingSearchFilter,
    @Args('sort', { type: () => ListingSort, defaultValue: ListingSort.PRICE_ASC }) sort?: ListingSort,
    @Args('first', { type: () => Int, defaultValue: 20 }) first?: number,
    @Args('after', { nullable: true }) after?: string,
  ) {
    const clean = Object.fromEntries(Object.entries(filter ?? {}).filter(([, value]) => value !== null && value !== undefined));
    return this.rpc.command(
      commands.searchListings,
      { actor, ...clean, inStockOnly: filter?.inStockOnly ?? false, sort: sort ?? ListingSort.PRICE_ASC, first: first ?? 20, after: after ?? undefined },
      // Searches need no order among themselves: spread them over the topic's partitions.
      { key: actor.companyId ?? actor.id },
    );
  }

  @CompanyMember()
  @Query(() => PriceQuote, { description: 'Your unit price and line total for a quantity of a listing, and why; or why not' })
  async priceQuote(
    @CurrentActor() actor: Actor,
    @Args('listingId', { type: () => ID }) listingId: string,
    @Args('quantity', { type: () => Int }) quantity: number,
  ): Promise<PriceQuote> {
    return quoteView(await this.rpc.command(commands.quotePrice, { actor, listingId, quantity }, { key: listingId }));
  }

  @CompanyMember()
  @Query(() => [ProductOffer], {
    description: "All sellers' offers of a product side by side, quoted for you at a quantity (or each one's minimum), cheapest first",
  })
  async productOffers(
    @CurrentActor() actor: Actor,
    @Args('productId', { type: () => ID }) productId: string,
    @Args('quantity', { type: () => Int, nullable: true }) quantity?: number,
  ) {
    const { offers } = await this.rpc.command(commands.productOffers, { actor, productId, quantity: quantity ?? undefined }, { key: productId });
    return offers.map((offer) => ({ ...offer, quote: quoteView(offer.quote) }));
  }
}
