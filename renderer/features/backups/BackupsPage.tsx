import { ComingSoon } from '../../app/ComingSoon';
import { sectionByPath } from '../../app/sections';

export function BackupsPage() {
  return <ComingSoon section={sectionByPath('/sauvegardes')} />;
}
