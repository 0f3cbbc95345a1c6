import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { DevTools } from './infra/dev-tools';

export function AppProviders({
  queryClient,
  children,
}: {
  queryClient: QueryClient;
  children: React.ReactNode;
}) {
  return (
    <QueryClientProvider client={queryClient}>
      {children}
      {import.meta.env.DEV && import.meta.env.MODE !== 'test' && <DevTools />}
    </QueryClientProvider>
  );
}
