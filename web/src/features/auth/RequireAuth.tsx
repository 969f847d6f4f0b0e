import { Center, Loader } from '@mantine/core';
import { useEffect } from 'react';
import { Navigate, Outlet, useLocation } from 'react-router';
import { setUnauthorizedHandler } from '../../api/client';
import { ErrorAlert } from '../../components/ErrorAlert';
import { applyLanguage } from '../../i18n';
import { useQueryClient } from '@tanstack/react-query';
import { meKey, useMe } from './auth.api';

/** Logged-in pages: sends visitors to the login page (and back afterwards), applies the account's language. */
export function RequireAuth() {
  const { data: me, isPending, error } = useMe();
  const location = useLocation();
  const client = useQueryClient();

  useEffect(() => {
    // A session that ends while the app is open (expired, logged out elsewhere) leads to the login page.
    setUnauthorizedHandler(() => client.setQueryData(meKey, null));
    return () => setUnauthorizedHandler(null);
  }, [client]);

  // A saved choice wins; without one, the language picked on the login page or the browser's stays.
  const language = me?.user.language;
  useEffect(() => {
    if (language) void applyLanguage(language);
  }, [language]);

  if (isPending) {
    return (
      <Center h="100vh">
        <Loader aria-label="…" />
      </Center>
    );
  }
  if (error) {
    return (
      <Center h="100vh" p="lg">
        <ErrorAlert error={error} />
      </Center>
    );
  }
  if (!me) {
    const next = location.pathname + location.search;
    return <Navigate to={next === '/' ? '/login' : `/login?next=${encodeURIComponent(next)}`} replace />;
  }
  return <Outlet />;
}
