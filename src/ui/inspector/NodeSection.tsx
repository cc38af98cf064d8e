import { NumberField } from '../fields/NumberField';
import { TextField } from '../fields/TextField';
import type { KNode } from '../../domain/model';
import { useActions } from '../hooks/useActions';
import { useT } from '../hooks/useT';
import { Section } from './Section';

/** The node's own text fields and its weight in the parent's roll-up. */
export function NodeSection({ node }: { node: KNode }) {
  const t = useT();
  const a = useActions();
  const id = node.id;
  return (
    <Section title={t('secNode')} data-testid="insp-sec-node">
      <TextField label={t('fSasaran')} value={node.sasaran} onCommit={(v) => a.updateNode(id, { sasaran: v })} wrap rows={2} data-testid="insp-sasaran" />
      <TextField label={t('fNama')} value={node.nama} onCommit={(v) => a.updateNode(id, { nama: v })} data-testid="insp-nama" />
      <div className="fld-row">
        <TextField label={t('fKode')} value={node.kode} onCommit={(v) => a.updateNode(id, { kode: v })} data-testid="insp-kode" className="fld-mono" />
        <NumberField label={t('fBobot')} value={node.bobot} onCommit={(v) => a.updateNode(id, { bobot: v })} data-testid="insp-bobot" placeholder="1" hint={t('bobotHint')} />
      </div>
      <TextField label={t('fFenomena')} value={node.fenomena} onCommit={(v) => a.updateNode(id, { fenomena: v })} multiline rows={4} data-testid="insp-fenomena" />
      <TextField label={t('fPj')} value={node.penanggungJawab} onCommit={(v) => a.updateNode(id, { penanggungJawab: v })} data-testid="insp-penanggung-jawab" />
      <TextField label={t('fKeterangan')} value={node.keterangan} onCommit={(v) => a.updateNode(id, { keterangan: v })} multiline rows={2} data-testid="insp-keterangan" />
    </Section>
  );
}
