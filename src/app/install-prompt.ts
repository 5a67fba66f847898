import { signal } from '@preact/signals';

/** Chromium's install prompt event; not in the DOM typings. */
interface BeforeInstallPromptEvent extends Event {
  prompt(): Promise<void>;
  readonly userChoice: Promise<{ outcome: 'accepted' | 'dismissed' }>;
}

export const installPrompt = signal<BeforeInstallPromptEvent | null>(null);
export const installed = signal(false);

function runsStandalone(): boolean {
  const iosStandalone = (navigator as Navigator & { standalone?: boolean }).standalone === true;
  return iosStandalone || matchMedia('(display-mode: standalone)').matches;
}

/** Safari on iOS never offers a prompt: there the settings screen shows the steps instead. */
export function isIos(): boolean {
  return (
    /iPad|iPhone|iPod/.test(navigator.userAgent) ||
    (navigator.platform === 'MacIntel' && navigator.maxTouchPoints > 1)
  );
}

/** Must run before first render: the browser fires `beforeinstallprompt` early and only once. */
export function captureInstallPrompt(): void {
  installed.value = runsStandalone();
  addEventListener('beforeinstallprompt', (event) => {
    event.preventDefault();
    installPrompt.value = event as BeforeInstallPromptEvent;
  });
  addEventListener('appinstalled', () => {
    installed.value = true;
    installPrompt.value = null;
  });
}

export async function promptInstall(): Promise<void> {
  const event = installPrompt.value;
  if (!event) return;
  await event.prompt();
  const { outcome } = await event.userChoice;
  // A prompt event can be used once; keep it only if the user may want it again later.
  installPrompt.value = null;
  if (outcome === 'accepted') installed.value = true;
}
