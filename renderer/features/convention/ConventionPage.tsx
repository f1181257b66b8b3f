import { ComingSoon } from '../../app/ComingSoon';
import { sectionByPath } from '../../app/sections';

export function ConventionPage() {
  return <ComingSoon section={sectionByPath('/convention')} />;
}
