import { useRouteError } from 'react-router';
import { useServices } from './services';
import { FatalErrorScreen } from './ErrorBoundary';

/** A screen that crashed inside the router: same French message and data rescue. */
export function RouteError() {
  const error = useRouteError();
  const { saveAllData } = useServices();
  return (
    <FatalErrorScreen
      error={error instanceof Error ? error : new Error(String(error))}
      onSaveData={saveAllData}
    />
  );
}
