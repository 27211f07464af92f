// A visible status or error message (role=alert for errors so screen readers announce it).
import type { ReactNode } from 'react';

export function Notice({ tone, children }: { tone: 'info' | 'error'; children: ReactNode }) {
  return (
    <div className={`notice notice-${tone}`} role={tone === 'error' ? 'alert' : 'status'}>
      {children}
    </div>
  );
}
