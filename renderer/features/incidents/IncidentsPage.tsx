import { ComingSoon } from '../../app/ComingSoon';
import { sectionByPath } from '../../app/sections';

export function IncidentsPage() {
  return <ComingSoon section={sectionByPath('/incidents')} />;
}
