// Where each "For me" item lives: its partnership (and, for an action item, the meeting that gave it), looked up in
// the viewer's partnerships since the items do not name them.
import type { ForMeLinkPartnership } from './queries';

export interface Place {
  partnershipId: string;
  partnershipName: string;
  /** The meeting an action item was given in (or the meeting itself). */
  meetingId?: string;
}

export interface Places {
  escalations: Map<string, Place>;
  meetings: Map<string, Place>;
  actionItems: Map<string, Place>;
  surveys: Map<string, Place>;
}

/** The places of everything in `partnerships` (their upcoming and past meetings may come in separate lists). */
export function placesOf(partnerships: readonly ForMeLinkPartnership[]): Places {
  const places: Places = { escalations: new Map(), meetings: new Map(), actionItems: new Map(), surveys: new Map() };
  for (const p of partnerships) {
    const at = { partnershipId: p.id, partnershipName: p.name };
    for (const e of p.escalations) places.escalations.set(e.id, at);
    for (const s of p.surveys) places.surveys.set(s.id, at);
    for (const { node: meeting } of p.meetings.edges) {
      places.meetings.set(meeting.id, { ...at, meetingId: meeting.id });
      for (const item of meeting.actionItems) places.actionItems.set(item.id, { ...at, meetingId: meeting.id });
    }
  }
  return places;
}
