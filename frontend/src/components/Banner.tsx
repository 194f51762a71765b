// A message across the page: errors are announced at once, notices politely.
import type { ReactNode } from 'react';

interface BannerProps {
  kind: 'error' | 'notice' | 'success';
  children: ReactNode;
  onDismiss?: () => void;
}

export function Banner({ kind, children, onDismiss }: BannerProps) {
  return (
    <div className={`banner banner-${kind}`} role={kind === 'error' ? 'alert' : 'status'}>
      <div className="banner-text">{children}</div>
      {onDismiss && (
        <button type="button" className="button button-quiet banner-dismiss" onClick={onDismiss}>
          Dismiss
        </button>
      )}
    </div>
  );
}
