import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
// Latin subsets only: all names in NL, BE, DE and LU are written in them.
import '@fontsource/noto-sans/latin-400.css';
import '@fontsource/noto-sans/latin-ext-400.css';
import '@fontsource/noto-sans/latin-600.css';
import '@fontsource/noto-sans/latin-ext-600.css';
import './styles.css';
import { initI18n } from './i18n';
import { App } from './App';
import { createAppStore } from './state/store';
import { StoreProvider } from './state/context';
import { DerivedProvider } from './derived/DerivedProvider';
import { parseUrl } from './state/url';
import { urlNotice } from './state/notices';
import { startUrlSync } from './state/urlSync';

// The URL is read once, before the first render: the store starts from it, bad parts become notices.
const { state, problems } = parseUrl(window.location.search);
const store = createAppStore(state);
for (const p of problems) store.getState().addNotice(urlNotice(p));
initI18n(state.settings.lang);
startUrlSync(store);

const queryClient = new QueryClient({
  defaultOptions: { queries: { retry: 1, refetchOnWindowFocus: false } },
});

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root');
createRoot(root).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <StoreProvider store={store}>
        <DerivedProvider>
          <App />
        </DerivedProvider>
      </StoreProvider>
    </QueryClientProvider>
  </StrictMode>,
);
