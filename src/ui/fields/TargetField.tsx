import { fmtTarget } from '../format';
import { ParsedField } from './ParsedField';
import type { ParsedFieldProps } from './ParsedField';
import { parseTargetInput } from './parse';

export type TargetFieldProps = Omit<ParsedFieldProps<string | null>, 'format' | 'parse'>;

const format = (v: string | null): string => fmtTarget(v);

/** A target: a number, or a range typed `7-8`, `7–8` or `7 s/d 8`, stored as `7-8`. */
export function TargetField(props: TargetFieldProps) {
  return <ParsedField {...props} format={format} parse={parseTargetInput} />;
}
