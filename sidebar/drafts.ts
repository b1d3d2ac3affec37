// The one draft store of the page, over localStorage when the sidebar's frame may use it.
import { createDraftStore, type StorageLike } from './model/draftStore';

function browserStorage(): StorageLike | null {
  try {
    const storage = window.localStorage;
    const probe = 'callCalibration.probe';
    storage.setItem(probe, '1');
    storage.removeItem(probe);
    return storage;
  } catch {
    // Third-party storage blocked in the add-on's frame: drafts live in memory for this page.
    return null;
  }
}

export const drafts = createDraftStore(browserStorage());
