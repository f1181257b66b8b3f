import { render } from '@testing-library/react';
import type { ReactNode } from 'react';
import { MemoryRouter } from 'react-router';
import { ServicesProvider } from './services';
import type { AppDatabase } from '../db/database';
import { openDatabase } from '../db/open-database';
import { createConvention } from '../db/repositories/conventions';
import { setUserName } from '../db/repositories/settings';
import { uniqueDbName } from '../db/testing/migration-harness';
import { createWebBridge } from '../platform/web-bridge';
import { Notices } from '../ui/Notices';

export const testActor = { name: 'Sandrine COFFI', now: () => new Date() };

/** A fresh database with the user's name and, unless `empty`, the Lieusaint convention. */
export async function seededDatabase({ empty = false } = {}) {
  const db = await openDatabase({ name: uniqueDbName(), appVersion: '0' });
  await setUserName(db, 'Sandrine COFFI');
  if (empty) return { db, convention: undefined };
  const convention = await createConvention(db, testActor, {
    partner: { name: 'CCAS de Lieusaint', partnerKind: 'CCAS', siret: '26770164700013' },
    caf: { name: 'Caisse d’Allocations familiales de Seine-et-Marne' },
    convention: { number: '2023-267 701 647', mode: 'délégué', missions: [], effectiveOn: '2024-01-08' },
  });
  return { db, convention };
}

export function renderScreen(db: AppDatabase, screen: ReactNode) {
  return render(
    <ServicesProvider value={{ db, platform: createWebBridge(), appVersion: '0' }}>
      <MemoryRouter>
        {screen}
        <Notices />
      </MemoryRouter>
    </ServicesProvider>,
  );
}
