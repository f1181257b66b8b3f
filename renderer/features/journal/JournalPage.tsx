import { ComingSoon } from '../../app/ComingSoon';
import { sectionByPath } from '../../app/sections';

export function JournalPage() {
  return <ComingSoon section={sectionByPath('/journal')} />;
}
