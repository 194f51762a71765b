// The risks' 5 × 5 heat map: probability rows, impact columns; tap a cell to list its risks.
import { useId, useState } from 'react';
import { riskRag } from '../labels';
import type { RiskHeatCell } from './queries';
import { IMPACT, PROBABILITY, RAG_WORDS } from './riskScale';
import { itemAnchor, jumpTo, usePlan } from './shared';

export function HeatMap() {
  const { plan } = usePlan();
  const [selected, setSelected] = useState<{ probability: number; impact: number }>();
  const captionId = useId();

  const cells = new Map(plan.riskHeatMap.map((c) => [`${c.probability}-${c.impact}`, c]));
  const cellAt = (probability: number, impact: number): RiskHeatCell =>
    cells.get(`${probability}-${impact}`) ?? {
      probability,
      impact,
      score: probability * impact,
      risks: plan.risks.filter((r) => r.probability === probability && r.impact === impact),
    };
  const open = selected ? cellAt(selected.probability, selected.impact) : undefined;

  return (
    <div className="card heat-card">
      <table className="heat-map" data-testid="risk-heat-map" aria-describedby={captionId}>
        <caption id={captionId} className="heat-caption small muted">
          Probability (rows, 5 = almost certain) × impact (columns, 5 = severe). Tap a cell to list its risks.
        </caption>
        <thead>
          <tr>
            <td className="heat-corner" aria-hidden="true" />
            {[1, 2, 3, 4, 5].map((impact) => (
              <th key={impact} scope="col" className="heat-axis" title={IMPACT[impact - 1]}>
                <span className="visually-hidden">Impact </span>
                {impact}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {[5, 4, 3, 2, 1].map((probability) => (
            <tr key={probability}>
              <th scope="row" className="heat-axis" title={PROBABILITY[probability - 1]}>
                <span className="visually-hidden">Probability </span>
                {probability}
              </th>
              {[1, 2, 3, 4, 5].map((impact) => {
                const cell = cellAt(probability, impact);
                const rag = riskRag(cell.score);
                const pressed = selected?.probability === probability && selected?.impact === impact;
                return (
                  <td key={impact}>
                    <button
                      type="button"
                      className={`heat-cell heat-${rag}${cell.risks.length === 0 ? ' heat-empty' : ''}`}
                      aria-pressed={pressed}
                      aria-label={`Probability ${probability}, impact ${impact}, score ${cell.score} (${RAG_WORDS[rag]}): ${cell.risks.length} ${cell.risks.length === 1 ? 'risk' : 'risks'}`}
                      onClick={() => setSelected(pressed ? undefined : { probability, impact })}
                      data-testid="heat-cell"
                      data-probability={probability}
                      data-impact={impact}
                    >
                      {cell.risks.length > 0 ? cell.risks.length : ''}
                    </button>
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
      <p className="heat-axis-label small muted" aria-hidden="true">
        ↑ probability · impact →
      </p>
      <div aria-live="polite" data-testid="heat-cell-risks">
        {open && (
          <div className="heat-selection">
            <p className="small">
              <strong>
                Probability {open.probability} × impact {open.impact} = {open.score}
              </strong>{' '}
              ({PROBABILITY[open.probability - 1].toLowerCase()}, {IMPACT[open.impact - 1].toLowerCase()})
            </p>
            {open.risks.length === 0 ? (
              <p className="muted small">No risks in this cell.</p>
            ) : (
              <ul className="inline-list">
                {open.risks.map((r) => (
                  <li key={r.id}>
                    <a
                      href={`#${itemAnchor(r.id)}`}
                      onClick={(e) => {
                        e.preventDefault();
                        jumpTo(r.id);
                      }}
                    >
                      {r.title}
                    </a>
                  </li>
                ))}
              </ul>
            )}
          </div>
        )}
      </div>
    </div>
  );
}
