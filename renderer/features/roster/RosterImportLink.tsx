import { Link } from 'react-router';

/** « Importer une liste (Excel, CSV) »: opens the roster import screen. */
export function RosterImportLink() {
  return (
    <Link className="btn btn-secondary" to="/agents/import">
      Importer une liste (Excel, CSV)
    </Link>
  );
}
