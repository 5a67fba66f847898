import { useSignalEffect } from '@preact/signals';
import { LocationProvider, lazy, Route, Router } from 'preact-iso';
import { LockButton } from './components/LockButton';
import { Navigation } from './components/Navigation';
import { OfflineNotice } from './components/OfflineNotice';
import { SaveProblemBanner } from './components/SaveProblemBanner';
import { UpdateBanner } from './components/UpdateBanner';
import { type Device, DeviceContext } from './device';
import { language, useMessages } from './i18n/locale';
import { HOME_PATH } from './routes';
import { ConversationsScreen } from './screens/ConversationsScreen';
import { GuidesScreen } from './screens/GuidesScreen';

// Loaded on first use (and precached by the service worker), to keep the first visit small.
const NewConversationScreen = lazy(() =>
  import('./conversations/NewConversationScreen').then((module) => module.NewConversationScreen),
);
const ConversationScreen = lazy(() =>
  import('./conversations/ConversationScreen').then((module) => module.ConversationScreen),
);
const SharePreviewScreen = lazy(() =>
  import('./sharing/SharePreviewScreen').then((module) => module.SharePreviewScreen),
);
const ValuesCircleScreen = lazy(() =>
  import('./screens/ValuesCircleScreen').then((module) => module.ValuesCircleScreen),
);
const reviewScreens = () => import('./review/ReviewScreens');
const ShareForReviewScreen = lazy(() => reviewScreens().then((module) => module.ShareForReviewScreen));
const CoachReviewScreen = lazy(() => reviewScreens().then((module) => module.CoachReviewScreen));
const CoachOverviewScreen = lazy(() => reviewScreens().then((module) => module.CoachOverviewScreen));
const SyncScreen = lazy(() => import('./screens/SyncScreen').then((module) => module.SyncScreen));
const SettingsScreen = lazy(() => import('./screens/SettingsScreen').then((module) => module.SettingsScreen));

export function App({ device }: { device: Device }) {
  const t = useMessages();
  useSignalEffect(() => {
    document.documentElement.lang = language.value;
  });

  return (
    <DeviceContext.Provider value={device}>
      <LocationProvider>
        <a class="skip-link" href="#main">
          {t.app.skipToContent}
        </a>
        <div class="shell">
          <header class="app-header">
            <span class="app-name">{t.app.name}</span>
            <LockButton />
          </header>
          <div class="status-area" aria-live="polite">
            <OfflineNotice />
            <UpdateBanner />
          </div>
          <SaveProblemBanner />
          <main id="main" class="app-main" tabIndex={-1}>
            <Router>
              <Route path="/" component={ConversationsScreen} />
              <Route path={HOME_PATH} component={ConversationsScreen} />
              <Route path="/gesprekken/nieuw" component={NewConversationScreen} />
              <Route path="/gesprekken/:id" component={ConversationScreen} />
              <Route path="/gesprekken/:id/delen" component={SharePreviewScreen} />
              <Route path="/gesprekken/:id/review" component={ShareForReviewScreen} />
              <Route path="/review" component={CoachReviewScreen} />
              <Route path="/review/:shareId" component={CoachReviewScreen} />
              <Route path="/reviews" component={CoachOverviewScreen} />
              <Route path="/leidraden" component={GuidesScreen} />
              <Route path="/waardenkring" component={ValuesCircleScreen} />
              <Route path="/synchronisatie" component={SyncScreen} />
              <Route path="/instellingen" component={SettingsScreen} />
              <Route default component={ConversationsScreen} />
            </Router>
          </main>
          <Navigation />
        </div>
      </LocationProvider>
    </DeviceContext.Provider>
  );
}
