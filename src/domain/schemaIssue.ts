import type { z } from 'zod';
import { id as indonesian } from 'zod/locales';

/** Where data breaks a schema, and how, in Bahasa Indonesia and English. */
export interface SchemaIssue {
  /** Path inside the data, e.g. `indicators.0.target.2025` (empty at the top). */
  path: string;
  message: { id: string; en: string };
}

/**
 * The first issue `schema` finds in `data`, or null when the data is valid. zod words its
 * messages in English; the Indonesian wording comes from a second parse with zod's Indonesian
 * locale, which only runs on this (failure) path.
 */
export function firstSchemaIssue(schema: z.ZodType, data: unknown): SchemaIssue | null {
  const r = schema.safeParse(data);
  if (r.success) return null;
  return issueOf(schema, data, r.error);
}

/** The first issue of a failed parse, worded in both languages. */
export function issueOf(schema: z.ZodType, data: unknown, error: z.ZodError): SchemaIssue {
  const en = error.issues[0];
  const id = schema.safeParse(data, { error: indonesian().localeError }).error?.issues[0];
  const path = en ? en.path.join('.') : '';
  return { path, message: { id: id?.message ?? en?.message ?? '', en: en?.message ?? '' } };
}
