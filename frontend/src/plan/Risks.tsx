// Risks: the 5 × 5 heat map (probability rows, impact columns) and the risk list, highest score first.
import { useState } from 'react';
import { riskRag } from '../labels';
import { HeatMap } from './HeatMap';
import type { Risk } from './queries';
import { RemoveButton } from './RemoveButton';
import { RiskForm } from './RiskForm';
import { IMPACT, PROBABILITY, RAG_WORDS } from './riskScale';
import { itemAnchor, jumpTo, personWithOrg, usePlan } from './shared';

export function Risks() {
  const { plan } = usePlan();
  const [adding, setAdding] = useState(false);
  const risks = [...plan.risks].sort((a, b) => b.score - a.score || a.title.localeCompare(b.title));

  return (
    <section className="section" aria-labelledby="risks-heading" id="risks">
      <div className="section-heading">
        <h2 id="risks-heading">Risks</h2>
        {plan.viewerCanEdit && !adding && (
          <button type="button" className="button button-secondary button-small" onClick={() => setAdding(true)}>
            Add risk
          </button>
        )}
      </div>
      <HeatMap />
      {adding && (
        <div className="card section-gap">
          <RiskForm onClose={() => setAdding(false)} />
        </div>
      )}
      <h3 className="subheading section-gap">All risks, highest score first</h3>
      {risks.length === 0 ? (
        <p className="muted">No risks recorded yet.</p>
      ) : (
        <ul className="card-list">
          {risks.map((risk) => (
            <RiskItem key={risk.id} risk={risk} />
          ))}
        </ul>
      )}
    </section>
  );
}

function RiskItem({ risk }: { risk: Risk }) {
  const { plan } = usePlan();
  const [editing, setEditing] = useState(false);
  const rag = riskRag(risk.score);
  const link = risk.deliverable ?? risk.keyResult;

  return (
    <li className="card plan-item risk" id={itemAnchor(risk.id)} tabIndex={-1} data-testid="risk">
      {editing ? (
        <RiskForm risk={risk} onClose={() => setEditing(false)} />
      ) : (
        <>
          <div className="item-heading">
            <p className="risk-title">{risk.title}</p>
            <span className={`tag risk-score heat-${rag}`}>
              Score {risk.score}
              <span className="visually-hidden"> ({RAG_WORDS[rag]})</span>
            </span>
          </div>
          <p className="muted small">
            Probability {risk.probability} ({PROBABILITY[risk.probability - 1]?.toLowerCase()}) × impact {risk.impact} (
            {IMPACT[risk.impact - 1]?.toLowerCase()})
          </p>
          <dl className="deliverable-facts">
            <div>
              <dt>Mitigation</dt>
              <dd className={risk.mitigation ? undefined : 'missing'}>{risk.mitigation || 'none written yet'}</dd>
            </div>
            <div>
              <dt>Owner</dt>
              <dd className={risk.owner ? undefined : 'missing'}>{risk.owner ? personWithOrg(risk.owner) : 'no owner yet'}</dd>
            </div>
            {link && (
              <div>
                <dt>{risk.deliverable ? 'Deliverable' : 'Key result'}</dt>
                <dd>
                  <a
                    href={`#${itemAnchor(link.id)}`}
                    onClick={(e) => {
                      e.preventDefault();
                      jumpTo(link.id);
                    }}
                  >
                    {link.title}
                  </a>
                </dd>
              </div>
            )}
          </dl>
          {plan.viewerCanEdit && (
            <div className="item-actions">
              <button type="button" className="button button-quiet button-small" onClick={() => setEditing(true)}>
                Edit<span className="visually-hidden"> risk {risk.title}</span>
              </button>
              <RemoveButton id={risk.id} version={risk.version} what={`risk “${risk.title}”`} />
            </div>
          )}
        </>
      )}
    </li>
  );
}
