import { ComingSoon } from '../../app/ComingSoon';
import { sectionByPath } from '../../app/sections';

export function DashboardPage() {
  return <ComingSoon section={sectionByPath('/dashboard')} />;
}
