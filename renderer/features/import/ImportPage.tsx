import { ComingSoon } from '../../app/ComingSoon';
import { sectionByPath } from '../../app/sections';

export function ImportPage() {
  return <ComingSoon section={sectionByPath('/import')} />;
}
