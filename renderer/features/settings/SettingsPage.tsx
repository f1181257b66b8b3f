import { ComingSoon } from '../../app/ComingSoon';
import { sectionByPath } from '../../app/sections';

export function SettingsPage() {
  return <ComingSoon section={sectionByPath('/settings')} />;
}
