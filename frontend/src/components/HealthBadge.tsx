// Partnership health as a coloured dot with words beside it (never colour alone).
import { healthLabel } from '../labels';
import type { Rag } from '../types';

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
