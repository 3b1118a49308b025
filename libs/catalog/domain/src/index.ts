export { listingTermsProblems, type ListingTerms, type ListingTermsProblem, type ListingTermsProblemCode, type PriceBreak } from './listing-terms';
export { quotePrice, volumePrice, type ContractPrice, type PriceBasis, type PriceQuote, type QuoteRefusal } from './price-quote';
export { CsvFileError, decodeCsv, parseCsv, type CsvFileProblemCode, type CsvRecord, type CsvTable } from './csv';
export {
  columnProblems,
  LISTING_COLUMNS,
  readListingRow,
  readStockRow,
  sameListingTerms,
  STOCK_COLUMNS,
  type ColumnSet,
  type ListingRowRequest,
  type ListingUploadTerms,
  type RowReading,
  type StockRowRequest,
  type UploadRowProblem,
  type UploadRowProblemCode,
} from './listing-upload';
