import { Component, type ReactNode } from 'react';

/** A bug shows a calm message instead of a blank screen; nothing the person saved is touched. */
export class ErrorBoundary extends Component<{ children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };
  static getDerivedStateFromError() {
    return { failed: true };
  }
  override render() {
    if (!this.state.failed) return this.props.children;
    return (
      <div className="card stack" role="alert">
        <h1>Something went wrong on our side</h1>
        <p>Everything you saved is still safe on this device. Reloading the page usually helps.</p>
        <button
          type="button"
          className="btn"
          data-variant="primary"
          onClick={() => location.reload()}
        >
          Reload
        </button>
      </div>
    );
  }
}
