import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app';
import { createCounterClient } from './graphql-client';
// Only the Mongolian script's subset: fetched by the browser only once Mongolian text is shown.
import '@fontsource/noto-sans-mongolian/mongolian-400.css';
import './styles.css';

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');

createRoot(container).render(
  <StrictMode>
    <App client={createCounterClient()} />
  </StrictMode>,
);
