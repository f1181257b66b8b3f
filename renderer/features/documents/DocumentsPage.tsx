import { ComingSoon } from '../../app/ComingSoon';
import { sectionByPath } from '../../app/sections';

export function DocumentsPage() {
  return <ComingSoon section={sectionByPath('/documents')} />;
}
