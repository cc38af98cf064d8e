import { fmtEditable } from '../format';
import { ParsedField } from './ParsedField';
import type { ParsedFieldProps } from './ParsedField';
import { parseNumberInput } from './parse';

export type NumberFieldProps = Omit<ParsedFieldProps<string | null>, 'format' | 'parse'>;

const format = (v: string | null): string => fmtEditable(v);

/**
 * A number stored as a canonical decimal string, shown Indonesian style (`1.905.955.200`, `91,36`).
 * Accepts Indonesian or plain input; empty commits null ("no value", not zero).
 */
export function NumberField(props: NumberFieldProps) {
  return <ParsedField {...props} format={format} parse={parseNumberInput} />;
}
