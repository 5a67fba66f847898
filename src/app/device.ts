import { type Signal, signal } from '@preact/signals';
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { BuurtgesprekDatabase } from '../db/database';
import { SaveQueue, type SaveState } from '../db/save-queue';
import type { StorageProblem } from '../db/storage-problem';

/** The device's storage as the UI sees it: the database once open, and what still waits to be saved. */
export interface Device {
  db: Signal<BuurtgesprekDatabase | null>;
  /** Why the database could not be opened, if it could not. */
  openProblem: Signal<StorageProblem | null>;
  saves: SaveQueue;
  saveState: Signal<SaveState>;
}

export function createDevice(): Device {
  const saves = new SaveQueue();
  const saveState = signal(saves.state);
  saves.subscribe((state) => {
    saveState.value = state;
  });
  return { db: signal(null), openProblem: signal(null), saves, saveState };
}

class StorageUnavailableError extends Error {
  override name = 'MissingAPIError';
}

/** Runs a write against the database, or fails the way a missing IndexedDB fails so the save queue keeps the value. */
export async function withDatabase(
  device: Device,
  write: (db: BuurtgesprekDatabase) => Promise<void>,
): Promise<void> {
  const db = device.db.value;
  if (!db) throw new StorageUnavailableError('The database is not open.');
  await write(db);
}

export const DeviceContext = createContext<Device | null>(null);

export function useDevice(): Device {
  const device = useContext(DeviceContext);
  if (!device) throw new Error('useDevice() outside <DeviceContext.Provider>');
  return device;
}
