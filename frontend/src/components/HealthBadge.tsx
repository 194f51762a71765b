// Partnership health as a coloured dot with words beside it (never colour alone).

import type { Rag } from '../gql/graphql';
import { healthLabel } from '../labels';

export function HealthBadge({ health }: { health: Rag }) {
  return (
    <span className="health">
      <span className={`health-dot health-${health.toLowerCase()}`} aria-hidden="true" />
      <span>
        <span className="visually-hidden">Health: </span>
        {healthLabel(health)}
      </span>
    </span>
  );
}
