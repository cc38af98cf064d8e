import { describe, expect, it } from 'vitest';
import { nodeSchema } from './model';
import { firstSchemaIssue } from './schemaIssue';

describe('schema issues in both languages', () => {
  it('names the path and words the problem in Bahasa Indonesia and English', () => {
    const issue = firstSchemaIssue(nodeSchema, { id: 'n1', level: 2, penanggungJawab: 42 });
    expect(issue?.path).toBe('penanggungJawab');
    expect(issue?.message.en).toMatch(/expected string, received number/);
    expect(issue?.message.id).toMatch(/diharapkan string, diterima number/);
  });

  it('is null for valid data', () => {
    expect(firstSchemaIssue(nodeSchema, { id: 'n1', level: 2 })).toBeNull();
  });
});
