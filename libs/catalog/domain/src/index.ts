export { listingTermsProblems, type ListingTerms, type ListingTermsProblem, type ListingTermsProblemCode, type PriceBreak } from './listing-terms';
export { quotePrice, volumePrice, type ContractPrice, type PriceBasis, type PriceQuote, type QuoteRefusal } from './price-quote';
