import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { toApiError } from './api/errors.js';
import { initI18n } from './i18n/index.js';
import { App } from './shell/App.js';
import { StartupError } from './shell/StartupError.js';
import { startJobsStore } from './state/jobsStore.js';
import { startMenuCommands } from './state/menuCommands.js';
import { loadSession, SessionProvider } from './state/session.js';
import './styles/index.css';

const root = createRoot(document.getElementById('root')!);

async function start(): Promise<void> {
  await initI18n();
  try {
    const session = await loadSession();
    startJobsStore();
    startMenuCommands();
    root.render(
      <StrictMode>
        <SessionProvider start={session}>
          <App />
        </SessionProvider>
      </StrictMode>,
    );
  } catch (error) {
    root.render(<StartupError error={toApiError(error)} onRetry={() => void start()} />);
  }
}

void start();
