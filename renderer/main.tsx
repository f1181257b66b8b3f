import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { ErrorBoundary } from './app/ErrorBoundary';
import { ServicesProvider } from './app/services';
import { StartupError } from './app/StartupError';
import { openDatabase } from './db/open-database';
import { exportAllAsPlainJson } from './db/repositories/raw-export';
import { detectPlatform } from './platform';
import { APP_VERSION } from './platform/web-bridge';
import './app/styles.css';

async function bootstrap() {
  const root = createRoot(document.getElementById('root')!);
  const platform = detectPlatform();

  let db;
  try {
    db = await openDatabase({ appVersion: APP_VERSION });
  } catch (error) {
    root.render(<StartupError message={error instanceof Error ? error.message : String(error)} />);
    return;
  }
  void platform.requestPersistentStorage();

  const saveAllData = async () => {
    const json = await exportAllAsPlainJson(db, APP_VERSION);
    const day = new Date().toISOString().slice(0, 10);
    await platform.saveFile({
      suggestedName: `convention-mcp-donnees-${day}.json`,
      filters: ['json'],
      bytes: new TextEncoder().encode(json),
    });
  };

  root.render(
    <StrictMode>
      <ErrorBoundary onSaveData={saveAllData}>
        <ServicesProvider value={{ db, platform, appVersion: APP_VERSION, saveAllData }}>
          <App />
        </ServicesProvider>
      </ErrorBoundary>
    </StrictMode>,
  );
}

void bootstrap();
