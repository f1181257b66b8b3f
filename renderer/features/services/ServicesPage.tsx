import { ComingSoon } from '../../app/ComingSoon';
import { sectionByPath } from '../../app/sections';

export function ServicesPage() {
  return <ComingSoon section={sectionByPath('/services')} />;
}
