/**
 * Browsers evict the storage of sites that are neither installed nor persisted (Safari after
 * seven days without a visit): the first cause of lost field data. These wrap the Storage API,
 * which some browsers lack, so every answer has an "unknown".
 */
export type Persistence = 'persisted' | 'best-effort' | 'unknown';

export interface StorageEstimateFigures {
  usage: number;
  quota: number;
}

export async function currentPersistence(): Promise<Persistence> {
  if (!navigator.storage?.persisted) return 'unknown';
  return (await navigator.storage.persisted()) ? 'persisted' : 'best-effort';
}

/** Asks the browser to keep our data; Chromium decides silently, Firefox may ask the user. */
export async function requestPersistence(): Promise<Persistence> {
  if (!navigator.storage?.persist) return 'unknown';
  try {
    return (await navigator.storage.persist()) ? 'persisted' : 'best-effort';
  } catch {
    return 'unknown';
  }
}

export async function storageEstimate(): Promise<StorageEstimateFigures | null> {
  if (!navigator.storage?.estimate) return null;
  const { usage, quota } = await navigator.storage.estimate();
  return usage === undefined || quota === undefined ? null : { usage, quota };
}
