import { rosterCsvRows, ROSTER_CSV_HEADER } from '../../../shared/backup/roster-import';
import { formatDateFr } from '../../../shared/domain/dates';
import { toExcelCsv } from '../../../shared/documents/csv';
import { usePlatform } from '../../shell/services';
import { Button } from '../../ui/Button';
import { useAction } from '../../shell/register/use-action';
import { todayIso, useRegister } from '../../shell/register/use-register';

/** « Exporter (CSV) »: the roster of the current convention, one row per habilitation, for Excel. */
export function RosterCsvExportButton() {
  const register = useRegister();
  const platform = usePlatform();
  const { run, busy } = useAction();
  if (!register) return null;
  const exportCsv = () =>
    run(async () => {
      const rows = rosterCsvRows({
        agents: register.agents,
        habilitations: register.habilitations,
        bulletins: register.bulletins,
        formatDate: (d) => (d ? formatDateFr(d) : ''),
      });
      const csv = toExcelCsv(ROSTER_CSV_HEADER, rows);
      return platform.saveFile({
        suggestedName: `agents-et-habilitations-${todayIso()}.csv`,
        filters: ['csv'],
        bytes: new TextEncoder().encode(csv),
      });
    }, 'Liste des agents exportée (CSV).');
  return (
    <Button onPress={() => void exportCsv()} isDisabled={busy}>
      Exporter (CSV)
    </Button>
  );
}
