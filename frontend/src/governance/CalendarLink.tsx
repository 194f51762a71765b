// "Subscribe in your calendar": a secret iCalendar address, shown once with a copy button, and revoking every one.
import { useState } from 'react';
import { errorMessage } from '../api';
import { useChange } from '../data/cache';
import { CREATE_CALENDAR_LINK, REVOKE_CALENDAR_LINKS } from './queries';

export function CalendarLink() {
  // Nothing cached shows calendar links: these changes refresh no query.
  const create = useChange(CREATE_CALENDAR_LINK, () => []);
  const revoke = useChange(REVOKE_CALENDAR_LINKS, () => []);
  const [url, setUrl] = useState<string>();
  const [note, setNote] = useState<string>();

  async function run(action: () => Promise<void>) {
    setNote(undefined);
    try {
      await action();
    } catch (e) {
      setNote(errorMessage(e));
    }
  }

  return (
    <div className="calendar-link" data-testid="calendar-link">
      <div className="item-actions">
        <button
          type="button"
          className="button button-secondary"
          disabled={create.isPending}
          onClick={() =>
            void run(async () => {
              setUrl((await create.mutateAsync({})).createCalendarLink.url);
            })
          }
        >
          Subscribe in your calendar
        </button>
        <button
          type="button"
          className="button button-quiet"
          disabled={revoke.isPending}
          onClick={() =>
            void run(async () => {
              const count = (await revoke.mutateAsync({})).revokeCalendarLinks;
              setUrl(undefined);
              setNote(
                count === 0 ? 'You had no calendar addresses.' : `Revoked ${count} calendar ${count === 1 ? 'address' : 'addresses'}.`,
              );
            })
          }
        >
          Revoke calendar addresses
        </button>
      </div>
      {url && (
        <div className="callout">
          <p>Add this address to your calendar application. It is shown only now; keep it private.</p>
          <p className="calendar-url">
            <code data-testid="calendar-url">{url}</code>
          </p>
          <button
            type="button"
            className="button button-primary"
            onClick={() => void navigator.clipboard?.writeText(url).then(() => setNote('Copied.'))}
          >
            Copy address
          </button>
        </div>
      )}
      {note && (
        <p className="small" role="status">
          {note}
        </p>
      )}
    </div>
  );
}
