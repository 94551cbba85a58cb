import './lib/zod-jitless';
import '@kern-ux/native/dist/kern.min.css';
import './styles/fonts/fira-sans.css';
import './styles/app.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import { createAppRouter } from './app/router';
import { initI18n } from './lib/i18n';

const container = document.getElementById('root');
if (!container) throw new Error('The page has no #root element.');
const root = createRoot(container);
const router = createAppRouter();

// The first render waits for the language's texts, so no untranslated keys flash up; the page's
// module loads meanwhile.
void initI18n().then(() =>
  root.render(
    <StrictMode>
      <App router={router} />
    </StrictMode>,
  ),
);
