import { ComingSoon } from '../../app/ComingSoon';
import { sectionByPath } from '../../app/sections';

export function ContactsPage() {
  return <ComingSoon section={sectionByPath('/contacts')} />;
}
