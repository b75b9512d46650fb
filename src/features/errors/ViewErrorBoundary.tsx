import { Component, type ErrorInfo, type ReactNode } from 'react';

export interface ViewErrorLabels {
  /** "This view could not be shown." */
  heading: string;
  /** "The rest of the navigator still works; try again or open another view." */
  hint: string;
  /** "Try again" */
  retry: string;
}

interface ViewErrorBoundaryProps {
  labels: ViewErrorLabels;
  /** When it changes (e.g. the route's path), a failed view is tried again. */
  resetKey?: unknown;
  children: ReactNode;
}

interface ViewErrorBoundaryState {
  error: Error | null;
  resetKey: unknown;
}

/**
 * Wraps one view: when it throws while rendering, only that view is replaced by a message (an alert with a
 * retry button); the header, filters, other views and the details panel keep working.
 */
export class ViewErrorBoundary extends Component<ViewErrorBoundaryProps, ViewErrorBoundaryState> {
  state: ViewErrorBoundaryState = { error: null, resetKey: this.props.resetKey };

  static getDerivedStateFromError(error: unknown): Partial<ViewErrorBoundaryState> {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  static getDerivedStateFromProps(
    props: ViewErrorBoundaryProps,
    state: ViewErrorBoundaryState,
  ): Partial<ViewErrorBoundaryState> | null {
    return Object.is(props.resetKey, state.resetKey) ? null : { error: null, resetKey: props.resetKey };
  }

  componentDidCatch(error: Error, info: ErrorInfo) {
    console.error('A view failed to render.', error, info.componentStack);
  }

  render() {
    const { error } = this.state;
    if (!error) return this.props.children;
    const { labels } = this.props;
    return (
      <section className="view-error" role="alert">
        <h2>{labels.heading}</h2>
        <p>{labels.hint}</p>
        <p>
          <code>{error.message}</code>
        </p>
        <button type="button" className="button" onClick={() => this.setState({ error: null })}>
          {labels.retry}
        </button>
      </section>
    );
  }
}
