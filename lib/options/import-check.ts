/**
 * Reading an imported instance list: refused by size before it is read, then JSON, then the
 * file's shape in words (`issue-words.ts`), then the alias and URL rules (`buildManualGroup`).
 */
import { z } from 'zod';
import { buildManualGroup } from '../directory/manual';
import { ManualEnvelopeSchema, ManualInstanceSchema } from '../directory/manual-list';
import type { BuildManualGroupOptions, ManualList } from '../directory/manual';
import type { InstanceGroup } from '../directory/schema';
import { issueWords } from './issue-words';
import type { Translate } from './translate';
import { visible } from './visible-text';

/** Largest import read, in bytes (1,000 orgs with every field take about 400 KB). */
export const MAX_IMPORT_BYTES = 1_000_000;
/** Most orgs a list may have (the manual source's limit). */
export const MAX_ORGS = 1000;

/** Why a file is too large to read, before reading it; `null` when its size is fine. */
export function importSizeProblem(bytes: number, t: Translate): string | null {
  if (bytes <= MAX_IMPORT_BYTES) return null;
  const size = (n: number) => `${(n / 1_000_000).toLocaleString('en', { maximumFractionDigits: 1 })} MB`;
  return t('optionsImportTooLarge', [size(bytes), size(MAX_IMPORT_BYTES), String(MAX_ORGS)]);
}

const ImportSchema = ManualEnvelopeSchema.extend({
  instances: z.array(ManualInstanceSchema).min(1).max(MAX_ORGS),
});

/** A path in the file as the page names it: "The file's “version”", "Org 3's “environment”". */
export function importFieldName(path: readonly PropertyKey[], t: Translate): string {
  const [first, second, ...rest] = path;
  if (first === undefined) return t('optionsFieldFile');
  if (first === 'instances' && typeof second === 'number') {
    const key = rest.map(String).join('.');
    return key
      ? t('optionsFieldOrgKey', [String(second + 1), visible(key)])
      : t('optionsFieldOrg', String(second + 1));
  }
  if (first === 'instances') return t('optionsFieldOrgs');
  return t('optionsFieldFileKey', visible(path.map(String).join('.')));
}

const FIXES: Record<string, Parameters<Translate>[0]> = {
  version: 'optionsImportVersionFix',
  environment: 'optionsImportEnvironmentFix',
  colour: 'optionsImportColourFix',
};

export type ImportResult =
  { ok: true; list: ManualList; group: InstanceGroup } | { ok: false; problems: string[] };

function shapeProblems(value: unknown, t: Translate): string[] | ManualList {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return [t('optionsImportNotAList')];
  }
  const parsed = ImportSchema.safeParse(value);
  if (parsed.success) return parsed.data;
  return parsed.error.issues.slice(0, 50).map((issue) => {
    const last = issue.path.at(-1);
    const fixKey = typeof last === 'string' ? FIXES[last] : undefined;
    return issueWords(issue, importFieldName(issue.path, t), value, t, fixKey ? t(fixKey) : undefined);
  });
}

/** Read an import's text into a list and the group it builds, or every problem as a sentence. */
export function readImport(text: string, options: BuildManualGroupOptions, t: Translate): ImportResult {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { ok: false, problems: [t('optionsImportNotJson')] };
  }
  const shaped = shapeProblems(value, t);
  if (Array.isArray(shaped)) return { ok: false, problems: shaped };
  const built = buildManualGroup(shaped, options);
  if (!built.ok) {
    const problems = built.errors.map((error) =>
      error.entry === null
        ? `${importFieldName([error.field], t)}: ${visible(error.message)}`
        : `${importFieldName(['instances', error.entry - 1, error.field], t)}: ${visible(error.message)}`,
    );
    return { ok: false, problems };
  }
  return { ok: true, list: shaped, group: built.group };
}
