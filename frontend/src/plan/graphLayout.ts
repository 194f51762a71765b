// Places a version's deliverables for the dependency graph: one column (or row) per dependency depth.

export interface GraphInput {
  id: string;
  dependsOn: { id: string }[];
}

export interface PlacedNode<T extends GraphInput> {
  item: T;
  depth: number;
  x: number;
  y: number;
}

export interface PlacedEdge {
  from: string;
  to: string;
  /** SVG path data from the prerequisite to the dependant. */
  d: string;
}

export interface GraphLayout<T extends GraphInput> {
  nodes: PlacedNode<T>[];
  edges: PlacedEdge[];
  width: number;
  height: number;
  nodeWidth: number;
  nodeHeight: number;
}

export type Direction = 'columns' | 'rows';

const SIZES: Record<Direction, { width: number; height: number; along: number; across: number }> = {
  // Wide screens: depth runs left to right.
  columns: { width: 184, height: 74, along: 60, across: 14 },
  // Phones: depth runs top to bottom, so the graph grows with the page instead of sideways (two nodes fit side by side).
  rows: { width: 132, height: 74, along: 44, across: 10 },
};

const PADDING = 8;

/**
 * Depth = the longest chain of prerequisites before a deliverable (0 for those with none in this version).
 * Within a depth, items follow the average position of their prerequisites (fewer crossing arrows), then the
 * order they were given in (workstream order).
 */
export function layoutGraph<T extends GraphInput>(items: T[], direction: Direction): GraphLayout<T> {
  const byId = new Map(items.map((item) => [item.id, item]));
  const depth = new Map<string, number>();
  const visiting = new Set<string>();

  function depthOf(id: string): number {
    const known = depth.get(id);
    if (known !== undefined) {
      return known;
    }
    if (visiting.has(id)) {
      return 0; // a cycle (the server refuses them): break it rather than loop
    }
    visiting.add(id);
    const prerequisites = (byId.get(id)?.dependsOn ?? []).filter((d) => byId.has(d.id) && d.id !== id);
    const value = prerequisites.length === 0 ? 0 : 1 + Math.max(...prerequisites.map((d) => depthOf(d.id)));
    visiting.delete(id);
    depth.set(id, value);
    return value;
  }
  for (const item of items) {
    depthOf(item.id);
  }

  const levels: T[][] = [];
  for (const item of items) {
    const d = depth.get(item.id) ?? 0;
    levels[d] = [...(levels[d] ?? []), item];
  }

  const slot = new Map<string, number>();
  const order = new Map(items.map((item, index) => [item.id, index]));
  levels.forEach((level, d) => {
    if (d > 0) {
      const weight = (item: T) => {
        const places = item.dependsOn.map((p) => slot.get(p.id)).filter((s): s is number => s !== undefined);
        return places.length ? places.reduce((a, b) => a + b, 0) / places.length : Number.MAX_SAFE_INTEGER;
      };
      level.sort((a, b) => weight(a) - weight(b) || order.get(a.id)! - order.get(b.id)!);
    }
    for (const [index, item] of level.entries()) {
      slot.set(item.id, index);
    }
  });

  const size = SIZES[direction];
  const deepest = Math.max(0, levels.length);
  const widest = Math.max(0, ...levels.map((level) => level?.length ?? 0));
  const alongExtent = (direction === 'columns' ? size.width : size.height) * deepest + size.along * Math.max(0, deepest - 1);
  const acrossExtent = (direction === 'columns' ? size.height : size.width) * widest + size.across * Math.max(0, widest - 1);

  const nodes: PlacedNode<T>[] = items.map((item) => {
    const d = depth.get(item.id) ?? 0;
    const s = slot.get(item.id) ?? 0;
    const x = direction === 'columns' ? PADDING + d * (size.width + size.along) : PADDING + s * (size.width + size.across);
    const y = direction === 'columns' ? PADDING + s * (size.height + size.across) : PADDING + d * (size.height + size.along);
    return { item, depth: d, x, y };
  });

  const place = new Map(nodes.map((n) => [n.item.id, n]));
  const edges: PlacedEdge[] = [];
  for (const node of nodes) {
    for (const prerequisite of node.item.dependsOn) {
      const from = place.get(prerequisite.id);
      if (!from || from === node) {
        continue;
      }
      edges.push({ from: from.item.id, to: node.item.id, d: edgePath(from, node, size, direction) });
    }
  }

  const width = PADDING * 2 + (direction === 'columns' ? alongExtent : acrossExtent);
  const height = PADDING * 2 + (direction === 'columns' ? acrossExtent : alongExtent);
  return { nodes, edges, width, height, nodeWidth: size.width, nodeHeight: size.height };
}

function edgePath(
  from: { x: number; y: number },
  to: { x: number; y: number },
  size: { width: number; height: number; along: number },
  direction: Direction,
): string {
  if (direction === 'columns') {
    const x1 = from.x + size.width;
    const y1 = from.y + size.height / 2;
    const x2 = to.x - 2;
    const y2 = to.y + size.height / 2;
    const bend = Math.max(size.along / 2, (x2 - x1) / 3);
    return `M${x1},${y1} C${x1 + bend},${y1} ${x2 - bend},${y2} ${x2},${y2}`;
  }
  const x1 = from.x + size.width / 2;
  const y1 = from.y + size.height;
  const x2 = to.x + size.width / 2;
  const y2 = to.y - 2;
  const bend = Math.max(size.along / 2, (y2 - y1) / 3);
  return `M${x1},${y1} C${x1},${y1 + bend} ${x2},${y2 - bend} ${x2},${y2}`;
}

/** Cuts a text to what fits on a node, with an ellipsis. */
export function fit(text: string, maxChars: number): string {
  return text.length <= maxChars ? text : `${text.slice(0, Math.max(1, maxChars - 1)).trimEnd()}…`;
}

/** Breaks a title into at most `maxLines` lines of `maxChars`, at spaces where it can; the last line gets the rest, cut. */
export function wrap(text: string, maxChars: number, maxLines: number): string[] {
  const lines: string[] = [];
  let rest = text.trim();
  while (rest && lines.length < maxLines - 1 && rest.length > maxChars) {
    const space = rest.lastIndexOf(' ', maxChars);
    const cut = space > maxChars / 3 ? space : maxChars;
    lines.push(rest.slice(0, cut).trimEnd());
    rest = rest.slice(cut).trimStart();
  }
  if (rest) {
    lines.push(fit(rest, maxChars));
  }
  return lines;
}
