import { Component, type ReactNode } from 'react';

import { dropPagePicture } from '../features/graph/pagePicture';

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

  // The picture index.html brought would otherwise stay over the message.
  componentDidCatch() {
    dropPagePicture();
  }

  render() {
    return this.state.failed ? this.props.fallback : this.props.children;
  }
}
