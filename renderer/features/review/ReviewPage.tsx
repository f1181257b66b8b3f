import { ComingSoon } from '../../app/ComingSoon';
import { sectionByPath } from '../../app/sections';

export function ReviewPage() {
  return <ComingSoon section={sectionByPath('/revue')} />;
}
