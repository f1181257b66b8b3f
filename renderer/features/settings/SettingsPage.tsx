import { sectionByPath } from '../../shell/sections';
import { PageHeader } from '../../ui/PageHeader';
import { AboutCard } from './AboutCard';
import { PortalSettingsCard } from './PortalSettingsCard';
import { ProfilesCard } from './ProfilesCard';
import { UserNameCard } from './UserNameCard';

/** « Paramètres »: one card per setting (the user's name, the profiles, the portal, about). */
export function SettingsPage() {
  const section = sectionByPath('/parametres');
  return (
    <>
      <PageHeader title={section.label} description={section.description} />
      <UserNameCard />
      <ProfilesCard />
      <PortalSettingsCard />
      <AboutCard />
    </>
  );
}
