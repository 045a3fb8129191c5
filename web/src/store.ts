import { combineReducers, configureStore } from '@reduxjs/toolkit';
import { baseApi } from './api/baseApi';
// Cross-list cache tags (a stock movement also changes the balances): applied once, before any store exists.
import './api/tags';
import { authSlice } from './auth/authSlice';

const rootReducer = combineReducers({
  [baseApi.reducerPath]: baseApi.reducer,
  auth: authSlice.reducer,
});

export type RootState = ReturnType<typeof rootReducer>;

/** A fresh store: one per page load, and one per test. */
export function makeStore(preloaded?: Partial<RootState>) {
  return configureStore({
    reducer: rootReducer,
    preloadedState: preloaded as RootState | undefined,
    middleware: (getDefault) => getDefault().concat(baseApi.middleware),
    // The state holds the access token: no browser extension gets to read it outside development.
    devTools: import.meta.env.DEV,
  });
}

export type AppStore = ReturnType<typeof makeStore>;
export type AppDispatch = AppStore['dispatch'];
