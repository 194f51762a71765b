// Shown for an unknown address and for a partnership that is absent or not the viewer's (never telling which).
import { Link } from '../router';

export function NotFound() {
  return (
    <main className="container page">
      <h1>Not found</h1>
      <p className="muted">This page does not exist, or you do not have access to it.</p>
      <BackToPartnerships />
    </main>
  );
}

/** The way home from a page that has nothing to show. */
export function BackToPartnerships() {
  return (
    <p>
      <Link href="/" className="button button-secondary">
        Back to partnerships
      </Link>
    </p>
  );
}
