import { describe, expect, it } from 'vitest';
import { districtTree, flattenTree } from './district-tree';

const hall = (id: string, code: string, parentId: string | null = null) => ({
  id,
  code,
  parent: parentId ? { id: parentId } : null,
});

describe('the district tree', () => {
  it('puts each hall under its parent, siblings by code', () => {
    const tree = districtTree([
      hall('b', 'QS-B', 'qs'),
      hall('qs', 'QS'),
      hall('a', 'QS-A', 'qs'),
      hall('a1', 'QS-A1', 'a'),
      hall('other', 'AB'),
    ]);
    expect(flattenTree(tree).map(({ hall: each, depth }) => `${depth}:${each.code}`)).toEqual([
      '0:AB',
      '0:QS',
      '1:QS-A',
      '2:QS-A1',
      '1:QS-B',
    ]);
  });

  it("makes a hall whose parent the staff member does not see a root (a manager's own hall)", () => {
    const tree = districtTree([hall('a', 'QS-A', 'qs'), hall('a1', 'QS-A1', 'a')]);
    expect(tree.map((node) => node.hall.code)).toEqual(['QS-A']);
    expect(tree[0]?.children.map((node) => node.hall.code)).toEqual(['QS-A1']);
  });

  it('never loops on an answer that holds a cycle', () => {
    const tree = districtTree([hall('a', 'A', 'b'), hall('b', 'B', 'a'), hall('c', 'C')]);
    expect(flattenTree(tree).map(({ hall: each }) => each.code)).toEqual(['C']);
  });
});
