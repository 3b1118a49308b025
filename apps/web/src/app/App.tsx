import { Center, Loader, MantineProvider, createTheme } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import { lazy, Suspense, type ReactNode } from 'react';
import { BrowserRouter, Navigate, Route, Routes, useLocation } from 'react-router';
import { SessionProvider, useSession } from '../session/SessionProvider';
import { HomeRedirect } from './HomeRedirect';
import { NotFoundPage } from './NotFoundPage';
import { RegisterPage } from './RegisterPage';
import { Shell } from './Shell';
import { SignInPage } from './SignInPage';

// Each space is its own chunk: a seller's browser never loads the operator space, nor the buyer's.
const BuyerSpace = lazy(() => import('../spaces/buyer/BuyerSpace'));
const SellerSpace = lazy(() => import('../spaces/seller/SellerSpace'));
const OperatorSpace = lazy(() => import('../spaces/operator/OperatorSpace'));

const theme = createTheme({
  primaryColor: 'indigo',
  // The system's own fonts: nothing is fetched from the internet.
  fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif',
  defaultRadius: 'sm',
});

function RequireSession({ children }: { children: ReactNode }) {
  const { session } = useSession();
  const location = useLocation();
  if (!session) return <Navigate to="/sign-in" replace state={{ from: location.pathname + location.search }} />;
  return children;
}

function SpaceFallback() {
  return (
    <Center h={200}>
      <Loader aria-label="…" />
    </Center>
  );
}

export function App() {
  return (
    <MantineProvider theme={theme}>
      <Notifications position="top-right" />
      <SessionProvider>
        <BrowserRouter>
          <Routes>
            <Route path="/sign-in" element={<SignInPage />} />
            <Route path="/register" element={<RegisterPage />} />
            <Route
              element={
                <RequireSession>
                  <Shell />
                </RequireSession>
              }
            >
              <Route index element={<HomeRedirect />} />
              <Route
                path="buy/*"
                element={
                  <Suspense fallback={<SpaceFallback />}>
                    <BuyerSpace />
                  </Suspense>
                }
              />
              <Route
                path="sell/*"
                element={
                  <Suspense fallback={<SpaceFallback />}>
                    <SellerSpace />
                  </Suspense>
                }
              />
              <Route
                path="operate/*"
                element={
                  <Suspense fallback={<SpaceFallback />}>
                    <OperatorSpace />
                  </Suspense>
                }
              />
              <Route path="*" element={<NotFoundPage />} />
            </Route>
          </Routes>
        </BrowserRouter>
      </SessionProvider>
    </MantineProvider>
  );
}
