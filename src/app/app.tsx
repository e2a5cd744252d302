import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { useState } from "react";
import { ErrorBoundary } from "./error-boundary";
import { Explorer } from "./explorer";

export interface AppProps {
  /** A client of the caller's; tests pass one with retries off. */
  queryClient?: QueryClient;
}

/** Providers and the root error boundary around the explorer. */
export function App({ queryClient }: AppProps) {
  // No silent retries: a failed load says why at once, and the reader has a Retry button.
  const [client] = useState(() => queryClient ?? new QueryClient({ defaultOptions: { queries: { retry: false } } }));
  return (
    <QueryClientProvider client={client}>
      <ErrorBoundary onReset={() => client.resetQueries()}>
        <Explorer />
      </ErrorBoundary>
    </QueryClientProvider>
  );
}
