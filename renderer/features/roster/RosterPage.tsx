import { ComingSoon } from '../../app/ComingSoon';
import { sectionByPath } from '../../app/sections';

export function RosterPage() {
  return <ComingSoon section={sectionByPath('/roster')} />;
}
