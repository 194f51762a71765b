// The top bar: wordmark home link, "For me", who is signed in, and sign out.

import { personName } from '../labels';
import { FOR_ME_PATH, Link, usePath } from '../router';
import type { Viewer } from '../session/queries';
import { HeaderSurveyPrompt } from '../survey/SurveyPrompt';

export function Wordmark() {
  return (
    <span className="wordmark">
      <svg className="wordmark-mark" viewBox="0 0 32 32" aria-hidden="true" focusable="false">
        <rect width="32" height="32" rx="7" fill="var(--brand)" />
        <circle cx="12.5" cy="16" r="6.5" fill="none" stroke="#fff" strokeWidth="2.5" />
        <circle cx="19.5" cy="16" r="6.5" fill="none" stroke="var(--brand-soft)" strokeWidth="2.5" />
      </svg>
      Tandem
    </span>
  );
}

export function Header({ viewer }: { viewer: Viewer }) {
  const path = usePath();
  return (
    <header className="site-header">
      <div className="container site-header-inner">
        <Link href="/" className="wordmark-link" aria-label="Tandem, all partnerships">
          <Wordmark />
        </Link>
        <nav aria-label="Main">
          <Link
            href={FOR_ME_PATH}
            className="button button-quiet button-small"
            aria-current={path === FOR_ME_PATH ? 'page' : undefined}
            data-testid="for-me-link"
          >
            For me
          </Link>
        </nav>
        <div className="viewer">
          <p className="viewer-who">
            <span className="viewer-name" data-testid="viewer-name">
              {personName(viewer)}
            </span>
            {viewer.organization && <span className="viewer-org">{viewer.organization.name}</span>}
          </p>
          {/* A full page load: the backend ends the session and the Keycloak sign-in. */}
          <a href="/logout" className="button button-secondary button-small" data-testid="sign-out">
            Sign out
          </a>
        </div>
      </div>
      <div className="container">
        <HeaderSurveyPrompt />
      </div>
    </header>
  );
}
