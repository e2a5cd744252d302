import { Component, type ErrorInfo, type ReactNode } from "react";

export interface ErrorBoundaryProps {
  children: ReactNode;
  /** Called before the children are rendered again, e.g. to reset cached queries. */
  onReset?(): void;
}

interface ErrorBoundaryState {
  error: Error | null;
}

/** Catches a render error anywhere below it and offers "Try again" instead of a blank page. */
export class ErrorBoundary extends Component<ErrorBoundaryProps, ErrorBoundaryState> {
  override state: ErrorBoundaryState = { error: null };

  static getDerivedStateFromError(error: Error): ErrorBoundaryState {
    return { error };
  }

  override componentDidCatch(error: Error, info: ErrorInfo) {
    console.error(error, info.componentStack);
  }

  private reset = () => {
    this.props.onReset?.();
    this.setState({ error: null });
  };

  override render() {
    if (!this.state.error) return this.props.children;
    return (
      <main className="mx-auto max-w-xl p-6">
        <div role="alert" className="space-y-3 rounded-lg border border-red-300 bg-red-50 p-4 text-red-950 dark:border-red-800 dark:bg-red-950 dark:text-red-50">
          <h1 className="text-lg font-semibold">Something went wrong</h1>
          <p>{this.state.error.message || String(this.state.error)}</p>
          <button
            type="button"
            onClick={this.reset}
            className="rounded-md bg-red-800 px-4 py-2 text-sm font-medium text-white hover:bg-red-900"
          >
            Try again
          </button>
        </div>
      </main>
    );
  }
}
