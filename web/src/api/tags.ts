import { storeopsApi } from './generated';

/**
 * Cache tags a write touches beyond its own list. The generated client tags each endpoint with its own path only;
 * a stock movement also changes the balances (`/api/stock-ledgers`) and the serial numbers it moves, so those
 * lists are fetched again after any movement is posted, edited or reversed.
 */
const STOCK_WRITES = ['stock-entries', 'stock-ledgers', 'serials'] as const;

storeopsApi.enhanceEndpoints({
  endpoints: {
    stockEntriesCreate: { invalidatesTags: [...STOCK_WRITES] },
    stockEntriesUpdate: { invalidatesTags: [...STOCK_WRITES] },
    stockEntriesPartialUpdate: { invalidatesTags: [...STOCK_WRITES] },
    stockEntriesDestroy: { invalidatesTags: [...STOCK_WRITES] },
  },
});
