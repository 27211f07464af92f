// An error boundary around one part of the app (the map, a panel): if that part fails to load or to render, it says so
// in place with "Retry" and "Reload", and the header, list and other panels keep working. A chunk that is gone from the
// server after a new deploy reloads the page once into the new version.
import { Component, Fragment, type ErrorInfo, type ReactNode } from 'react';
import type { Translate } from '../i18n/i18n';
import { isChunkLoadError, reloadIfDeployed } from './chunkReload';
import { retryFailedChunks } from './retryableLazy';

interface Props {
  /** The part's name as the visitor knows it ("the map", "Industry filter"). */
  part: string;
  t: Translate;
  children: ReactNode;
  /** Reload into a new version when a chunk is gone from the server (default: once per 30 s, keeping the URL). */
  onChunkError?: (error: unknown) => unknown;
}

interface State {
  error: unknown;
  /** Bumped by "Retry": the children are rendered afresh. */
  attempt: number;
}

export class PartBoundary extends Component<Props, State> {
  state: State = { error: null, attempt: 0 };

  static getDerivedStateFromError(error: unknown): Partial<State> {
    return { error };
  }

  componentDidCatch(error: unknown, _info: ErrorInfo): void {
    if (isChunkLoadError(error)) void (this.props.onChunkError ?? reloadIfDeployed)(error);
  }

  private retry = () => {
    retryFailedChunks();
    this.setState((s) => ({ error: null, attempt: s.attempt + 1 }));
  };

  render() {
    const { error, attempt } = this.state;
    const { part, t, children } = this.props;
    // keyed by the attempt, so a retry mounts the part anew
    if (error === null) return <Fragment key={attempt}>{children}</Fragment>;
    const reason = error instanceof Error ? error.message : String(error);
    return (
      <div className="notice notice-error part-error" role="alert">
        <p>{t('error.part', { part })}</p>
        <p className="part-error-reason">{reason}</p>
        <p className="part-error-actions">
          <button type="button" onClick={this.retry}>
            {t('error.retry')}
          </button>{' '}
          <button type="button" onClick={() => window.location.reload()}>
            {t('error.reload')}
          </button>
        </p>
      </div>
    );
  }
}
