/**
 * Tech-tree graph functions: chapters are nodes, prerequisites are edges pointing from a
 * prerequisite to the chapter it unlocks. Every figure about the tree (depth, unlocks, chains) is
 * computed here, never typed into a page.
 */

/** A node of the tech tree: an id and the ids it requires. */
export interface GraphNode {
  id: string;
  prerequisites: readonly string[];
}

/** One problem found in a graph, naming the node it belongs to. */
export interface GraphProblem {
  id: string;
  kind: 'duplicate-id' | 'unknown-prerequisite' | 'self-prerequisite' | 'cycle';
  message: string;
}

/** Lists every structural problem of a graph: duplicate ids, unknown or self prerequisites, cycles. */
export function findGraphProblems(nodes: readonly GraphNode[]): GraphProblem[] {
  const problems: GraphProblem[] = [];
  const ids = new Set<string>();
  for (const node of nodes) {
    if (ids.has(node.id)) {
      problems.push({
        id: node.id,
        kind: 'duplicate-id',
        message: `"${node.id}" appears more than once`,
      });
    }
    ids.add(node.id);
  }
  for (const node of nodes) {
    for (const p of node.prerequisites) {
      if (p === node.id) {
        problems.push({
          id: node.id,
          kind: 'self-prerequisite',
          message: `"${node.id}" lists itself as a prerequisite`,
        });
      } else if (!ids.has(p)) {
        const known = [...ids].sort().join(', ');
        problems.push({
          id: node.id,
          kind: 'unknown-prerequisite',
          message: `"${node.id}" lists the unknown prerequisite "${p}" (known ids: ${known})`,
        });
      }
    }
  }
  const cycle = findCycle(nodes);
  if (cycle) {
    problems.push({
      id: cycle[0] ?? '',
      kind: 'cycle',
      message: `prerequisites form a cycle: ${cycle.join(' → ')}`,
    });
  }
  return problems;
}

/** Returns one prerequisite cycle as a closed path of ids (first id repeated last), or null. */
export function findCycle(nodes: readonly GraphNode[]): string[] | null {
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const visit = (id: string): string[] | null => {
    const s = state.get(id);
    if (s === 'done') return null;
    if (s === 'open') return [...stack.slice(stack.indexOf(id)), id];
    state.set(id, 'open');
    stack.push(id);
    for (const p of byId.get(id)?.prerequisites ?? []) {
      if (!byId.has(p) || p === id) continue;
      const found = visit(p);
      if (found) return found;
    }
    stack.pop();
    state.set(id, 'done');
    return null;
  };
  for (const n of nodes) {
    const found = visit(n.id);
    if (found) return found.reverse();
  }
  return null;
}

function assertValid(nodes: readonly GraphNode[]): void {
  const problems = findGraphProblems(nodes);
  if (problems.length > 0) {
    throw new Error(`Invalid tech tree: ${problems.map((p) => p.message).join('; ')}`);
  }
}

/**
 * Topological order (prerequisites first). Ties are broken by depth, then by the order the nodes
 * were given, so the result is stable. Throws on an invalid graph.
 */
export function topologicalOrder(nodes: readonly GraphNode[]): string[] {
  const depth = depths(nodes);
  const index = new Map(nodes.map((n, i) => [n.id, i]));
  return nodes
    .map((n) => n.id)
    .sort((a, b) => (depth.get(a) ?? 0) - (depth.get(b) ?? 0) || index.get(a)! - index.get(b)!);
}

/** Depth of each node: 0 without prerequisites, else 1 + the deepest prerequisite. */
export function depths(nodes: readonly GraphNode[]): Map<string, number> {
  assertValid(nodes);
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const memo = new Map<string, number>();
  const depthOf = (id: string): number => {
    const known = memo.get(id);
    if (known !== undefined) return known;
    const prereqs = byId.get(id)?.prerequisites ?? [];
    const d = prereqs.length === 0 ? 0 : 1 + Math.max(...prereqs.map(depthOf));
    memo.set(id, d);
    return d;
  };
  for (const n of nodes) depthOf(n.id);
  return memo;
}

/** The chapters each node directly unlocks (the nodes listing it as a prerequisite), in input order. */
export function unlocks(nodes: readonly GraphNode[]): Map<string, string[]> {
  const out = new Map<string, string[]>(nodes.map((n) => [n.id, []]));
  for (const n of nodes) for (const p of n.prerequisites) out.get(p)?.push(n.id);
  return out;
}

/** Fan-out of each node: how many chapters it directly unlocks. */
export function fanOut(nodes: readonly GraphNode[]): Map<string, number> {
  return new Map([...unlocks(nodes)].map(([id, u]) => [id, u.length]));
}

/** Every node that must be read before `id` (transitive prerequisites), in topological order. */
export function ancestors(nodes: readonly GraphNode[], id: string): string[] {
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const seen = new Set<string>();
  const walk = (x: string): void => {
    for (const p of byId.get(x)?.prerequisites ?? []) {
      if (!seen.has(p)) {
        seen.add(p);
        walk(p);
      }
    }
  };
  walk(id);
  return topologicalOrder(nodes).filter((x) => seen.has(x));
}

/**
 * The longest chain of prerequisites in the graph, as ids from a root to a leaf. Ties go to the
 * chain found first in input order. Empty for an empty graph.
 */
export function longestChain(nodes: readonly GraphNode[]): string[] {
  const depth = depths(nodes);
  const byId = new Map(nodes.map((n) => [n.id, n]));
  let end: string | undefined;
  for (const n of nodes) if (end === undefined || depth.get(n.id)! > depth.get(end)!) end = n.id;
  const chain: string[] = [];
  while (end !== undefined) {
    chain.push(end);
    const prereqs: readonly string[] = byId.get(end)?.prerequisites ?? [];
    const d: number = depth.get(end)!;
    end = prereqs.find((p) => depth.get(p) === d - 1);
  }
  return chain.reverse();
}
