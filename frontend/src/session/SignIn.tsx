// Sign-in: ask for the work email only; Keycloak then sends the person to their own company's sign-in.
import { type FormEvent, useEffect, useState } from 'react';
import { Banner } from '../components/Banner';
import { Wordmark } from '../components/Header';
import { rememberReturnPath } from '../router';

interface SignInProps {
  /** Why the viewer could not be loaded, when it was not simply a missing session. */
  problem?: string;
  onRetry?: () => void;
}

const EMAIL_PATTERN = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function SignIn({ problem, onRetry }: SignInProps) {
  const [email, setEmail] = useState('');
  const [error, setError] = useState<string>();
  const [submitting, setSubmitting] = useState(false);

  // Coming back with the browser's Back button restores this page from cache: make the button usable again.
  useEffect(() => {
    const reset = (event: PageTransitionEvent) => event.persisted && setSubmitting(false);
    window.addEventListener('pageshow', reset);
    return () => window.removeEventListener('pageshow', reset);
  }, []);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const trimmed = email.trim();
    if (!EMAIL_PATTERN.test(trimmed)) {
      setError('Enter your work email, for example name@company.com.');
      return;
    }
    setError(undefined);
    setSubmitting(true);
    rememberReturnPath();
    window.location.assign(`/login?login_hint=${encodeURIComponent(trimmed)}`);
  }

  return (
    <main className="signin">
      <div className="signin-card">
        <div className="signin-brand">
          <Wordmark />
        </div>
        <h1>Sign in to Tandem</h1>
        <p className="muted">
          Run your partnership together after the deal is signed. Enter your work email and we will take you to your company’s sign-in page.
        </p>
        {problem && (
          <Banner kind="error">
            <p>{problem}</p>
            {onRetry && (
              <button type="button" className="button button-secondary button-small" onClick={onRetry}>
                Try again
              </button>
            )}
          </Banner>
        )}
        <form onSubmit={submit} noValidate>
          <div className={`field${error ? ' field-invalid' : ''}`}>
            <label htmlFor="signin-email">Work email</label>
            <input
              id="signin-email"
              name="email"
              type="email"
              inputMode="email"
              autoComplete="username"
              autoCapitalize="none"
              spellCheck={false}
              required
              value={email}
              onChange={(e) => setEmail(e.target.value)}
              aria-invalid={error ? true : undefined}
              aria-describedby={error ? 'signin-email-error' : undefined}
              data-testid="signin-email"
            />
            {error && (
              <p className="field-error" id="signin-email-error">
                {error}
              </p>
            )}
          </div>
          <button type="submit" className="button button-primary button-block" disabled={submitting} data-testid="signin-submit">
            Continue
          </button>
        </form>
      </div>
    </main>
  );
}
