import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { Provider } from 'react-redux';
import { MemoryRouter, Route, Routes, useLocation } from 'react-router-dom';
import { AppRoutes } from '../App';
import { signedIn, signedOut, type SessionUser } from '../auth/authSlice';
import { writeRefreshToken } from '../auth/refreshToken';
import { makeStore, type AppStore } from '../store';

/** A store whose session is already settled: signed in as `user` (with tokens), or anonymous. */
export function storeFor(user: SessionUser | null): AppStore {
  const store = makeStore();
  if (user) {
    writeRefreshToken('refresh-1');
    store.dispatch(signedIn({ access: 'access-1', user }));
  } else {
    store.dispatch(signedOut(null));
  }
  return store;
}

function LocationProbe() {
  const location = useLocation();
  return <output data-testid="location">{location.pathname + location.search}</output>;
}

/** The whole app at `route`, with a probe showing the current address. */
export function renderApp(route: string, store: AppStore) {
  return render(
    <Provider store={store}>
      <MemoryRouter initialEntries={[route]}>
        <AppRoutes />
        <Routes>
          <Route path="*" element={<LocationProbe />} />
        </Routes>
      </MemoryRouter>
    </Provider>,
  );
}

export function renderWith(ui: ReactElement, store: AppStore, route = '/') {
  return render(
    <Provider store={store}>
      <MemoryRouter initialEntries={[route]}>{ui}</MemoryRouter>
    </Provider>,
  );
}
