import { Component, type ReactNode } from 'react';

interface GraphErrorBoundaryProps {
  fallback: ReactNode;
  children: ReactNode;
}

/** If the graph cannot be drawn (no canvas, a rendering error), the rest of the page keeps working. */
export class GraphErrorBoundary extends Component<GraphErrorBoundaryProps, { failed: boolean }> {
  state = { failed: false };

  static getDerivedStateFromError() {
    return { failed: true };
  }

  render() {
    return this.state.failed ? this.props.fallback : this.props.children;
  }
}
