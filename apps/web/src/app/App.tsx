import { Center, Loader, MantineProvider } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import { lazy, Suspense, useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { BrowserRouter, Navigate, Route, Routes, useLocation } from 'react-router';
import { SessionProvider, useSession } from '../session/SessionProvider';
import { AcceptInvitationPage } from './AcceptInvitationPage';
import { HomeRedirect } from './HomeRedirect';
import { NotFoundPage } from './NotFoundPage';
import { RegisterPage } from './RegisterPage';
import { Shell } from './Shell';
import { SignInPage } from './SignInPage';
import { cssVariables, makeTheme } from './theme';

// Each space is its own chunk: a seller's browser never loads the operator space, nor the buyer's.
const BuyerSpace = lazy(() => import('../spaces/buyer/BuyerSpace'));
const SellerSpace = lazy(() => import('../spaces/seller/SellerSpace'));
const OperatorSpace = lazy(() => import('../spaces/operator/OperatorSpace'));

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
  const { t } = useTranslation();
  const theme = useMemo(() => makeTheme(t('common.close')), [t]);
  return (
    <MantineProvider theme={theme} cssVariablesResolver={cssVariables}>
      <Notifications position="top-right" />
      <SessionProvider>
        <BrowserRouter>
          <Routes>
            <Route path="/sign-in" element={<SignInPage />} />
            <Route path="/register" element={<RegisterPage />} />
            <Route path="/join" element={<AcceptInvitationPage />} />
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
