import { render } from '@testing-library/react';
import type { ReactNode } from 'react';
import { MemoryRouter } from 'react-router';
import { ServicesProvider } from '../../renderer/shell/services';
import type { AppDatabase } from '../../renderer/db/database';
import { openDatabase } from '../../renderer/db/open-database';
import { createConvention } from '../../renderer/db/repositories/conventions';
import { setUserName } from '../../renderer/db/repositories/settings';
import { uniqueDbName } from './migration-harness';
import { createWebBridge } from '../../renderer/platform/web-bridge';
import { Notices } from '../../renderer/ui/Notices';

export const testActor = { name: 'Sandrine COFFI', now: () => new Date() };

/** A fresh database with the user's name and, unless `empty`, the Lieusaint convention. */
export async function seededDatabase({ empty = false } = {}) {
  const db = await openDatabase({ name: uniqueDbName(), appVersion: '0' });
  await setUserName(db, 'Sandrine COFFI');
  if (empty) return { db, convention: undefined };
  const convention = await createConvention(db, testActor, {
    partner: { name: 'CCAS de Lieusaint', partnerKind: 'CCAS', siret: '26770164700013' },
    caf: { name: 'Caisse d’Allocations familiales de Seine-et-Marne' },
    convention: {
      number: '2023-267 701 647',
      mode: 'délégué',
      missions: [],
      effectiveOn: '2024-01-08',
    },
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
