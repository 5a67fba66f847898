import { BackupSetting } from '../backup/BackupSetting';
import { PseudonymSetting } from '../coaching/PseudonymSetting';
import { Screen } from '../components/Screen';
import { useMessages } from '../i18n/locale';
import { AboutSetting } from '../settings/AboutSetting';
import { AreasSetting } from '../settings/AreasSetting';
import { CoachSetting } from '../settings/CoachSetting';
import { InstallSetting } from '../settings/InstallSetting';
import { LanguageSetting } from '../settings/LanguageSetting';
import { ProposalsSetting } from '../settings/ProposalsSetting';
import { RetentionSetting } from '../settings/RetentionSetting';
import { SecuritySetting } from '../settings/SecuritySetting';
import { StorageSetting } from '../settings/StorageSetting';
import { ThemesSetting } from '../settings/ThemesSetting';

export function SettingsScreen() {
  const t = useMessages();
  return (
    <Screen title={t.settings.title}>
      <LanguageSetting />
      <SecuritySetting />
      <StorageSetting />
      <RetentionSetting />
      <BackupSetting />
      <PseudonymSetting />
      <CoachSetting />
      <InstallSetting />
      <AreasSetting />
      <ThemesSetting />
      <ProposalsSetting />
      <AboutSetting />
    </Screen>
  );
}
