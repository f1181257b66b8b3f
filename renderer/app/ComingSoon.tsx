import { PageHeader } from '../ui/PageHeader';
import type { Section } from './sections';

/** Sections whose screens arrive with a later release. */
export function ComingSoon({ section }: { section: Section }) {
  return (
    <>
      <PageHeader title={section.label} description={section.description} />
      <section className="empty-state">
        <h2>Bientôt disponible</h2>
        <p>Cet écran arrive dans une prochaine version de Convention MCP.</p>
      </section>
    </>
  );
}
