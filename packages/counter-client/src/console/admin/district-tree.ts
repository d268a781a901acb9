/**
 * The district as a tree (docs/domain.md, "Vocabulary": a hall's optional parent). The API lists
 * the halls a staff member reaches, each with its parent when they reach it; the tree is built
 * here from that flat list.
 */

/** What the tree needs of a hall. */
export interface TreeHall {
  id: string;
  code: string;
  parent?: { id: string } | null;
}

/** A hall and the halls right below it. */
export interface DistrictNode<Hall extends TreeHall> {
  hall: Hall;
  depth: number;
  children: DistrictNode<Hall>[];
}

/**
 * The halls as trees: a hall whose parent is not in the list (a manager's own hall, a top hall)
 * is a root. Siblings by code, as the API orders halls.
 */
export function districtTree<Hall extends TreeHall>(halls: readonly Hall[]): DistrictNode<Hall>[] {
  const ids = new Set(halls.map((hall) => hall.id));
  const byParent = new Map<string | null, Hall[]>();
  for (const hall of halls) {
    const parentId = hall.parent && ids.has(hall.parent.id) ? hall.parent.id : null;
    byParent.set(parentId, [...(byParent.get(parentId) ?? []), hall]);
  }
  const seen = new Set<string>();
  const build = (parentId: string | null, depth: number): DistrictNode<Hall>[] =>
    [...(byParent.get(parentId) ?? [])]
      .sort((left, right) => left.code.localeCompare(right.code))
      // A cycle cannot come from the server; the guard keeps a bad answer from looping forever.
      .filter((hall) => !seen.has(hall.id) && seen.add(hall.id))
      .map((hall) => ({ hall, depth, children: build(hall.id, depth + 1) }));
  return build(null, 0);
}

/** The tree's halls in reading order (each above the halls below it), with their depth. */
export function flattenTree<Hall extends TreeHall>(
  nodes: readonly DistrictNode<Hall>[],
): { hall: Hall; depth: number }[] {
  return nodes.flatMap((node) => [{ hall: node.hall, depth: node.depth }, ...flattenTree(node.children)]);
}
