// The version's deliverables as an SVG graph: arrows from prerequisite to dependant, milestones marked, and the
// critical path of a chosen milestone highlighted. Phones get a top-to-bottom layout; anything still too wide
// scrolls inside its own box, never the page.
import { useId, useState, useSyncExternalStore } from 'react';
import { Field } from '../components/Field';
import { formatDate } from '../format';
import { deliverableStatusLabel, deliverableStatusTone } from '../labels';
import { type Direction, fit, layoutGraph, wrap } from './graphLayout';
import type { Deliverable } from './queries';
import { jumpTo, usePlan } from './shared';

const NARROW = '(max-width: 639.98px)';

function useDirection(): Direction {
  const narrow = useSyncExternalStore(
    (onChange) => {
      const query = window.matchMedia(NARROW);
      query.addEventListener('change', onChange);
      return () => query.removeEventListener('change', onChange);
    },
    () => window.matchMedia(NARROW).matches,
  );
  return narrow ? 'rows' : 'columns';
}

export function DependencyGraph() {
  const { deliverables } = usePlan();
  const direction = useDirection();
  const milestones = deliverables.filter((d) => d.milestone);
  const [chosen, setChosen] = useState<string>();
  const selectId = useId();
  const titleId = useId();
  const descId = useId();
  // useId() may contain characters that url(#…) references do not accept.
  const marker = `arrow-${titleId.replace(/[^A-Za-z0-9_-]/g, '')}`;

  // The first milestone until the person picks another (or none).
  const selected = chosen === undefined ? (milestones[0]?.id ?? '') : chosen;
  const milestone = milestones.find((m) => m.id === selected);
  const path = milestone?.criticalPath.map((d) => d.id) ?? [];
  const onPath = new Set(path);
  const pathEdges = new Set(path.slice(1).map((id, i) => `${path[i]}>${id}`));
  const byId = new Map(deliverables.map((d) => [d.id, d]));

  const layout = layoutGraph(deliverables, direction);
  const { nodeWidth: w, nodeHeight: h } = layout;
  const chars = Math.floor((w - 22) / 7.4);
  const edgeCount = layout.edges.length;

  return (
    <section className="section" aria-labelledby="graph-heading" id="dependencies">
      <h2 id="graph-heading">Dependencies</h2>
      {deliverables.length === 0 ? (
        <p className="muted">No deliverables yet.</p>
      ) : (
        <div className="card graph-card">
          {milestones.length > 0 && (
            <Field id={selectId} label="Critical path to milestone" hint="Each step is the latest-due prerequisite.">
              {(describedBy) => (
                <select
                  id={selectId}
                  value={selected}
                  onChange={(e) => setChosen(e.target.value)}
                  aria-describedby={describedBy}
                  data-testid="milestone-select"
                >
                  <option value="">None</option>
                  {milestones.map((m) => (
                    <option key={m.id} value={m.id}>
                      {m.title}
                    </option>
                  ))}
                </select>
              )}
            </Field>
          )}
          {milestone && path.length > 0 && (
            <p className="critical-path small" data-testid="critical-path" aria-live="polite">
              <span className="visually-hidden">Critical path: </span>
              {path.map((id, index) => (
                <span key={id}>
                  {index > 0 && <span aria-hidden="true"> → </span>}
                  <a
                    href={`#item-${id}`}
                    onClick={(e) => {
                      e.preventDefault();
                      jumpTo(id);
                    }}
                  >
                    {byId.get(id)?.title ?? 'Unknown deliverable'}
                  </a>
                </span>
              ))}
            </p>
          )}
          {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a box that scrolls takes focus, so the keyboard can scroll it */}
          <section className="graph-box" data-testid="dependency-graph" tabIndex={0} aria-labelledby={titleId}>
            <svg
              className={`graph graph-${direction}`}
              width={layout.width}
              height={layout.height}
              viewBox={`0 0 ${layout.width} ${layout.height}`}
              role="img"
              aria-labelledby={`${titleId} ${descId}`}
            >
              <title id={titleId}>Dependency graph</title>
              <desc id={descId}>
                {`${deliverables.length} deliverables, ${edgeCount} ${edgeCount === 1 ? 'dependency' : 'dependencies'}` +
                  (milestone ? `; critical path to ${milestone.title} highlighted.` : '.') +
                  ' Each deliverable lists what it depends on below.'}
              </desc>
              <defs>
                <marker id={marker} viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
                  <path d="M0,0 L10,5 L0,10 z" className="graph-arrowhead" />
                </marker>
                <marker
                  id={`${marker}-hot`}
                  viewBox="0 0 10 10"
                  refX="9"
                  refY="5"
                  markerWidth="7"
                  markerHeight="7"
                  orient="auto-start-reverse"
                >
                  <path d="M0,0 L10,5 L0,10 z" className="graph-arrowhead-hot" />
                </marker>
              </defs>
              {layout.edges.map((edge) => {
                const hot = pathEdges.has(`${edge.from}>${edge.to}`);
                return (
                  <path
                    key={`${edge.from}>${edge.to}`}
                    d={edge.d}
                    className={`graph-edge${hot ? ' graph-edge-hot' : ''}${milestone && !hot ? ' graph-dim' : ''}`}
                    markerEnd={`url(#${marker}${hot ? '-hot' : ''})`}
                  />
                );
              })}
              {layout.nodes.map(({ item, x, y }) => (
                <GraphNode
                  key={item.id}
                  deliverable={item}
                  x={x}
                  y={y}
                  w={w}
                  h={h}
                  chars={chars}
                  hot={onPath.has(item.id)}
                  dim={Boolean(milestone) && !onPath.has(item.id)}
                  onSelect={item.milestone ? () => setChosen(item.id) : undefined}
                />
              ))}
            </svg>
          </section>
          <ul className="graph-legend small" aria-label="Legend">
            <li>
              <span className="legend-swatch legend-milestone" aria-hidden="true">
                ◆
              </span>{' '}
              Milestone
            </li>
            <li>
              <span className="legend-swatch legend-hot" aria-hidden="true" /> Critical path
            </li>
            <li>
              <span className="legend-swatch legend-status-positive" aria-hidden="true" /> On track / done
            </li>
            <li>
              <span className="legend-swatch legend-status-pending" aria-hidden="true" /> At risk
            </li>
            <li>
              <span className="legend-swatch legend-status-negative" aria-hidden="true" /> Blocked
            </li>
          </ul>
        </div>
      )}
    </section>
  );
}

function GraphNode({
  deliverable,
  x,
  y,
  w,
  h,
  chars,
  hot,
  dim,
  onSelect,
}: {
  deliverable: Deliverable;
  x: number;
  y: number;
  w: number;
  h: number;
  chars: number;
  hot: boolean;
  dim: boolean;
  onSelect?: () => void;
}) {
  const tone = deliverableStatusTone(deliverable.status);
  const due = deliverable.dueOn ? formatDate(deliverable.dueOn) : 'No due date';
  const detail = `${due} · ${deliverableStatusLabel(deliverable.status)}`;
  // On a narrow node the status is left to the coloured stripe (and the tooltip).
  const shown = detail.length <= chars + 2 ? detail : due;
  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: a pointer shortcut; the keyboard chooses the milestone in the select above
    <g
      transform={`translate(${x},${y})`}
      className={`graph-node graph-status-${tone}${deliverable.milestone ? ' graph-milestone' : ''}${hot ? ' graph-hot' : ''}${dim ? ' graph-dim' : ''}${onSelect ? ' graph-clickable' : ''}`}
      onClick={onSelect}
      data-testid="graph-node"
      data-id={deliverable.id}
    >
      <title>{`${deliverable.milestone ? 'Milestone: ' : ''}${deliverable.title} (${detail})`}</title>
      <rect className="graph-node-box" width={w} height={h} rx={8} />
      <rect className="graph-node-stripe" width={5} height={h - 2} x={1} y={1} rx={2} />
      <text x={12} y={20} className="graph-node-title">
        {wrap(deliverable.title, deliverable.milestone ? chars - 2 : chars, 2).map((line, index) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: the lines of one wrapped title, in order
          <tspan key={index} x={12} dy={index === 0 ? 0 : 17}>
            {line}
          </tspan>
        ))}
      </text>
      <text x={12} y={h - 12} className="graph-node-detail">
        {fit(shown, chars + 2)}
      </text>
      {deliverable.milestone && <path className="graph-node-diamond" d={`M${w - 14},6 l8,8 l-8,8 l-8,-8 z`} />}
    </g>
  );
}
