/** A node to place: its id, depth in the tree and prerequisites. */
export interface LayoutInput {
  id: string;
  depth: number;
  prerequisites: readonly string[];
}

/** A placed node: top-left corner and size, in SVG user units. */
export interface PlacedNode {
  id: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

/** A prerequisite edge drawn as a cubic Bézier path from prerequisite to chapter. */
export interface PlacedEdge {
  from: string;
  to: string;
  path: string;
}

/** Sizes of the layout grid. */
export interface LayoutOptions {
  nodeWidth?: number;
  nodeHeight?: number;
  gapX?: number;
  gapY?: number;
  padding?: number;
}

/** The laid-out tree: nodes, edges and the SVG's total size. */
export interface TreeLayout {
  nodes: PlacedNode[];
  edges: PlacedEdge[];
  width: number;
  height: number;
}

/**
 * Lays the tech tree out in rows by depth (roots on top). Within a row, nodes are ordered by the
 * mean position of their prerequisites (the barycentre heuristic of Sugiyama et al. 1981), which
 * keeps most edges from crossing; rows are centred on the widest one.
 */
export function layoutTree(input: readonly LayoutInput[], options: LayoutOptions = {}): TreeLayout {
  const { nodeWidth = 200, nodeHeight = 64, gapX = 28, gapY = 56, padding = 8 } = options;
  const rows: LayoutInput[][] = [];
  for (const n of input) (rows[n.depth] ??= []).push(n);
  const slot = new Map<string, number>();
  const dense = rows.filter((r) => r !== undefined);
  for (const row of dense) {
    const centre = (n: LayoutInput) => {
      const xs = n.prerequisites.map((p) => slot.get(p)).filter((x) => x !== undefined);
      return xs.length === 0 ? Infinity : xs.reduce((a, b) => a + b, 0) / xs.length;
    };
    const keyed = row.map((n, i) => ({ n, key: centre(n), i }));
    keyed.sort((a, b) => (a.key === b.key ? a.i - b.i : a.key - b.key));
    const offset = (row.length - 1) / 2;
    keyed.forEach(({ n }, i) => slot.set(n.id, i - offset));
    row.splice(0, row.length, ...keyed.map((k) => k.n));
  }
  const widest = Math.max(1, ...dense.map((r) => r.length));
  const width = padding * 2 + widest * nodeWidth + (widest - 1) * gapX;
  const height = padding * 2 + dense.length * nodeHeight + Math.max(0, dense.length - 1) * gapY;
  const nodes: PlacedNode[] = [];
  dense.forEach((row, r) => {
    for (const n of row) {
      const cx = width / 2 + slot.get(n.id)! * (nodeWidth + gapX);
      nodes.push({
        id: n.id,
        x: cx - nodeWidth / 2,
        y: padding + r * (nodeHeight + gapY),
        width: nodeWidth,
        height: nodeHeight,
      });
    }
  });
  const at = new Map(nodes.map((n) => [n.id, n]));
  const edges: PlacedEdge[] = [];
  for (const n of input) {
    const to = at.get(n.id)!;
    for (const p of n.prerequisites) {
      const from = at.get(p);
      if (!from) continue;
      const x1 = from.x + from.width / 2;
      const y1 = from.y + from.height;
      const x2 = to.x + to.width / 2;
      const y2 = to.y;
      const my = (y1 + y2) / 2;
      edges.push({ from: p, to: n.id, path: `M${x1},${y1} C${x1},${my} ${x2},${my} ${x2},${y2}` });
    }
  }
  return { nodes, edges, width, height };
}

/** Splits a title into at most `maxLines` lines of at most `maxChars` characters, at spaces. */
export function wrapTitle(title: string, maxChars = 22, maxLines = 2): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of title.split(/\s+/)) {
    if (line && (line + ' ' + word).length > maxChars) {
      lines.push(line);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  if (line) lines.push(line);
  if (lines.length > maxLines) {
    const kept = lines.slice(0, maxLines);
    const last = kept[maxLines - 1]!;
    kept[maxLines - 1] = last.length < maxChars ? `${last}…` : `${last.slice(0, maxChars - 1)}…`;
    return kept;
  }
  return lines;
}
