/**
 * The instance list: its schemas, the directory source (fetch, then validate) and the manual
 * source (typed in or imported). Pure functions apart from `fetch`; nothing here touches storage.
 */
export * from './schema';
export { fetchDirectory, DEFAULT_MAX_BYTES, DEFAULT_TIMEOUT_MS } from './fetch-directory';
export type {
  DirectoryError,
  DirectoryErrorKind,
  FetchDirectoryOptions,
  FetchDirectoryResult,
} from './fetch-directory';
export { validateGroup } from './validate-group';
export type { ValidateGroupOptions, ValidateGroupResult } from './validate-group';
export {
  buildManualGroup,
  ManualInstanceSchema,
  ManualListSchema,
  manualListFromGroup,
  parseManualJson,
  parseManualList,
  MAX_MANUAL_JSON_LENGTH,
} from './manual';
export type {
  BuildManualGroupOptions,
  BuildManualGroupResult,
  ManualError,
  ManualInstance,
  ManualList,
  ManualListResult,
} from './manual';
