import { useSignalEffect } from '@preact/signals';
import { LocationProvider, lazy, Route, Router, useLocation } from 'preact-iso';
import { ConsoleLoader } from './beheer/ConsoleLoader';
import { isConsolePath } from './beheer/routes';
import { LockButton } from './components/LockButton';
import { Navigation } from './components/Navigation';
import { OfflineIndicator } from './components/OfflineIndicator';
import { SaveProblemBanner } from './components/SaveProblemBanner';
import { UpdateBanner } from './components/UpdateBanner';
import { type Device, DeviceContext } from './device';
import { language, useMessages } from './i18n/locale';
import { screen } from './lazy-screen';
import { HOME_PATH } from './routes';
import { ConversationsScreen } from './screens/ConversationsScreen';

/**
 * Screens after the first load on first use (and are precached by the service worker), to keep
 * the first visit small; their code and the Dutch texts of later screens arrive together.
 */

const reviewScreens = () => import('./review/ReviewScreens');
const NewConversationScreen = lazy(
  screen(() => import('./conversations/NewConversationScreen').then((m) => m.NewConversationScreen)),
);
const PracticeScreen = lazy(screen(() => import('./practice/PracticeScreen').then((m) => m.PracticeScreen)));
const ConversationScreen = lazy(
  screen(() => import('./conversations/ConversationScreen').then((m) => m.ConversationScreen)),
);
const SharePreviewScreen = lazy(
  screen(() => import('./sharing/SharePreviewScreen').then((m) => m.SharePreviewScreen)),
);
const ValuesCircleScreen = lazy(
  screen(() => import('./screens/ValuesCircleScreen').then((m) => m.ValuesCircleScreen)),
);
const ShareForReviewScreen = lazy(screen(() => reviewScreens().then((m) => m.ShareForReviewScreen)));
const CoachReviewScreen = lazy(screen(() => reviewScreens().then((m) => m.CoachReviewScreen)));
const CoachOverviewScreen = lazy(screen(() => reviewScreens().then((m) => m.CoachOverviewScreen)));
const GuidesScreen = lazy(screen(() => import('./screens/GuidesScreen').then((m) => m.GuidesScreen)));
const MyTrendScreen = lazy(screen(() => reviewScreens().then((m) => m.MyTrendScreen)));
const SyncScreen = lazy(screen(() => import('./screens/SyncScreen').then((m) => m.SyncScreen)));
const SettingsScreen = lazy(screen(() => import('./screens/SettingsScreen').then((m) => m.SettingsScreen)));

export function App({ device }: { device: Device }) {
  useSignalEffect(() => {
    document.documentElement.lang = language.value;
  });

  return (
    <DeviceContext.Provider value={device}>
      <LocationProvider>
        <Shells />
      </LocationProvider>
    </DeviceContext.Provider>
  );
}

/** The administrator's console has a shell of its own, without the interviewer's menu and lock. */
function Shells() {
  const { path } = useLocation();
  return isConsolePath(path) ? <ConsoleLoader /> : <InterviewerShell />;
}

function InterviewerShell() {
  const t = useMessages();
  return (
    <>
      <a class="skip-link" href="#main">
        {t.app.skipToContent}
      </a>
      <div class="shell">
        <header class="app-header">
          <span class="app-name">{t.app.name}</span>
          <OfflineIndicator />
          <LockButton />
        </header>
        {/* Floats above the menu: a message that comes and goes never pushes the screen down. */}
        <div class="status-area" aria-live="polite">
          <UpdateBanner />
        </div>
        <SaveProblemBanner />
        <main id="main" class="app-main" tabIndex={-1}>
          <Router>
            <Route path="/" component={ConversationsScreen} />
            <Route path={HOME_PATH} component={ConversationsScreen} />
            <Route path="/gesprekken/nieuw" component={NewConversationScreen} />
            <Route path="/gesprekken/oefenen" component={PracticeScreen} />
            <Route path="/gesprekken/:id" component={ConversationScreen} />
            <Route path="/gesprekken/:id/delen" component={SharePreviewScreen} />
            <Route path="/gesprekken/:id/review" component={ShareForReviewScreen} />
            <Route path="/review" component={CoachReviewScreen} />
            <Route path="/review/:shareId" component={CoachReviewScreen} />
            <Route path="/reviews" component={CoachOverviewScreen} />
            <Route path="/mijn-ontwikkeling" component={MyTrendScreen} />
            <Route path="/leidraden" component={GuidesScreen} />
            <Route path="/waardenkring" component={ValuesCircleScreen} />
            <Route path="/synchronisatie" component={SyncScreen} />
            <Route path="/instellingen" component={SettingsScreen} />
            <Route default component={ConversationsScreen} />
          </Router>
        </main>
        <Navigation />
      </div>
    </>
  );
}
