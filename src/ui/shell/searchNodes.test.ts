import { describe, expect, it } from 'vitest';
import { makeIndicator, makeNode } from '../../domain/model';
import type { KNode } from '../../domain/model';
import { searchNodes } from './searchNodes';

const node = (id: string, kode: string, sasaran = '', indikator = ''): KNode => ({ ...makeNode({ id, level: 2, kode, sasaran }), indicators: indikator ? [makeIndicator({ id: `${id}-i`, nama: indikator })] : [] });

function record(list: KNode[]): Record<string, KNode> {
  return Object.fromEntries(list.map((n) => [n.id, n]));
}

describe('searchNodes', () => {
  const list = [
    node('c', '3.06.02.2.04.0001.01', 'Aktivitas pertama'),
    node('b', '3.06.02.2.04.0001', 'Sub kegiatan'),
    node('d', '1.3.06.02.2.04.0001', 'Kode lain yang memuatnya'),
    node('e', '9.9', 'Pelatihan 3.06.02.2.04.0001'),
    node('f', '3.06.02.2.04.0001.2', 'Aktivitas kedua'),
    node('g', '5.1', 'Lain', 'Jumlah ASN terlatih'),
  ];

  it('puts the node with that very kode first, then kodes starting with it, containing it, then texts', () => {
    expect(searchNodes(record(list), '3.06.02.2.04.0001', 12)).toEqual(['b', 'c', 'f', 'd', 'e']);
  });

  it('gives the same order whatever order the nodes are stored in', () => {
    const reversed = record([...list].reverse());
    expect(searchNodes(reversed, '3.06.02.2.04.0001', 12)).toEqual(searchNodes(record(list), '3.06.02.2.04.0001', 12));
  });

  it('orders kodes by their numbers, ignores case, finds indicator names, and keeps the best few', () => {
    const many = record([node('x10', '1.10', 'Program A'), node('x9', '1.9', 'Program B'), node('x2', '1.2', 'program c')]);
    expect(searchNodes(many, 'PROGRAM', 12)).toEqual(['x2', 'x9', 'x10']);
    expect(searchNodes(many, 'program', 2)).toEqual(['x2', 'x9']);
    expect(searchNodes(record(list), 'asn terlatih', 12)).toEqual(['g']);
    expect(searchNodes(record(list), 'z', 12)).toEqual([]);
  });
});
