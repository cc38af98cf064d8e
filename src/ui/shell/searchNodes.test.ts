import { describe, expect, it } from 'vitest';
import { makeIndicator, makeNode } from '../../domain/model';
import type { KNode } from '../../domain/model';
import { buildTreeIndex, preOrder } from '../../domain/tree';
import { searchNodes } from './searchNodes';

const node = (id: string, kode: string, parentId: string | null, sasaran = '', indikator = ''): KNode => ({
  ...makeNode({ id, level: parentId ? 3 : 2, kode, sasaran, parentId }),
  indicators: indikator ? [makeIndicator({ id: `${id}-i`, nama: indikator })] : [],
});

function record(list: KNode[]): Record<string, KNode> {
  return Object.fromEntries(list.map((n) => [n.id, n]));
}

const search = (nodes: Record<string, KNode>, text: string, max = 12): string[] => searchNodes(nodes, preOrder(buildTreeIndex(nodes)), text, max);

describe('searchNodes', () => {
  const list = [
    node('c', '3.06.02.2.04.0001.01', 'b', 'Aktivitas pertama'),
    node('b', '3.06.02.2.04.0001', null, 'Sub kegiatan'),
    node('d', '1.3.06.02.2.04.0001', null, 'Kode lain yang memuatnya'),
    node('e', '9.9', null, 'Pelatihan 3.06.02.2.04.0001'),
    node('f', '3.06.02.2.04.0001.2', 'b', 'Aktivitas kedua'),
    node('g', '5.1', null, 'Lain', 'Jumlah ASN terlatih'),
  ];

  it('puts the node with that very kode first, then kodes starting with it, containing it, then texts', () => {
    expect(search(record(list), '3.06.02.2.04.0001')).toEqual(['b', 'c', 'f', 'd', 'e']);
  });

  it('gives the same order whatever order the nodes are stored in', () => {
    expect(search(record([...list].reverse()), '3.06.02.2.04.0001')).toEqual(search(record(list), '3.06.02.2.04.0001'));
    expect(search(record([...list].reverse()), 'aktivitas')).toEqual(['c', 'f']);
  });

  it('ignores case, finds indicator names, keeps the best few, and lists nodes on a cycle too', () => {
    expect(search(record(list), 'AKTIVITAS', 1)).toEqual(['c']);
    expect(search(record(list), 'asn terlatih')).toEqual(['g']);
    expect(search(record(list), 'zz')).toEqual([]);
    // x and y are each other's parent: no root reaches them, the search still does.
    const cycle = record([...list, node('x', '7.1', 'y', 'Di siklus'), node('y', '7.2', 'x', 'Juga di siklus')]);
    expect(search(cycle, 'siklus')).toEqual(expect.arrayContaining(['x', 'y']));
  });
});
