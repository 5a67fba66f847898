import { render } from 'preact';
import { requestPersistence } from '../db/device-storage';
import { openDatabase } from '../db/open';
import { readSettings } from '../db/settings';
import { App } from './App';
import { watchConnection } from './connection';
import { createDevice } from './device';
import { setLanguage } from './i18n/locale';
import { captureInstallPrompt } from './install-prompt';
import { preloadConversationList, showsConversationList } from './screens/ConversationsScreen';
import {
  autoLockMinutes,
  conversationLockMinutes,
  hiddenLockSeconds,
  onBeforeLock,
  watchActivity,
} from './session';
import { registerServiceWorker } from './sw-bridge';
import { whenIdle } from './when-idle';
import './styles.css';

const OPEN_PATIENCE_MS = 1_500;

async function start(): Promise<void> {
  // The first screen's passphrase form is fetched while the database opens, not after the first render.
  if (showsConversationList(location.pathname)) preloadConversationList();
  // Opening the database (its schema is set up in script first) is a task of its own, apart from
  // evaluating the bundle: a phone then never runs both as one long block.
  await new Promise((resolve) => setTimeout(resolve));
  captureInstallPrompt();
  watchConnection();
  watchActivity();
  const device = createDevice();
  // The note being typed is stored before the key goes (queued writes keep their key).
  onBeforeLock(() => void device.saves.flush());

  const opening = openDatabase(undefined, () => {
    device.openProblem.value = 'blocked';
  }).then(async (result) => {
    if (!result.db) {
      device.openProblem.value = result.problem;
      return;
    }
    const settings = await readSettings(result.db);
    await setLanguage(settings.language);
    autoLockMinutes.value = settings.autoLockMinutes;
    conversationLockMinutes.value = settings.conversationLockMinutes;
    hiddenLockSeconds.value = settings.hiddenLockSeconds;
    device.db.value = result.db;
    device.openProblem.value = null;
    // Whatever was typed while the database was unreachable goes in now.
    void device.saves.flush();
    const db = result.db;
    // Sync, feedback and backups are not needed for the first screen: they load once it is up and
    // the page is idle, one at a time, rather than taking the network and the main thread from it.
    whenIdle(() => void import('./sync-session').then((module) => module.startOutboxSync(db)));
    whenIdle(() => void import('./review/feedback-session').then((module) => module.watchFeedback(db)));
    whenIdle(() => void import('./backup/backup-session').then((module) => module.watchBackups(db)));
  });
  // Wait briefly so the first screen comes up in the chosen language; a blocked database must not keep the app away.
  await Promise.race([opening, new Promise((resolve) => setTimeout(resolve, OPEN_PATIENCE_MS))]);

  const root = document.getElementById('app');
  if (!root) throw new Error('index.html lacks #app');
  root.textContent = '';
  render(<App device={device} />, root);
  performance.mark('app-ready');
  root.dataset.ready = 'true';

  // Nothing typed may die with the page: store it when the page is hidden or closed.
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'hidden') void device.saves.flush();
  });
  addEventListener('pagehide', () => void device.saves.flush());
  addEventListener('online', () => void device.saves.flush());

  // The service worker's update flow (workbox-window) is not needed for the first screen either.
  whenIdle(() => void registerServiceWorker(device.saves));
  // Ask once at start: Chromium decides silently from engagement, Firefox may ask the user.
  void requestPersistence();
}

void start();
