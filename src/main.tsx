import { StrictMode, startTransition } from 'react';
import { createRoot } from 'react-dom/client';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
// The latin subset only: every name in NL, BE, DE and LU and every UI text is written in it
// (src/theme/fonts.test.ts checks), so latin-ext was two font downloads for nothing.
import '@fontsource/noto-sans/latin-400.css';
import '@fontsource/noto-sans/latin-600.css';
import './styles.css';
import { initI18n } from './i18n';
import { App } from './App';
import { createAppStore } from './state/store';
import { StoreProvider } from './state/context';
import { DerivedProvider } from './derived/DerivedProvider';
import { startState } from './state/opening';
import { urlNotice } from './state/notices';
import { startUrlSync } from './state/urlSync';
import { indicatorsQuery, regionIndexQuery } from './data/queries';
import { startMapWorkers } from './map/hooks/useMapInstance';

import { MARKS } from './map/marks';
import { SpeakerView } from './panels/present/SpeakerView';

performance.mark(MARKS.appStart);

/** The speaker window (opened from presenter mode): notes and timer only, no map. */
function startSpeakerWindow(root: HTMLElement): void {
  const lang = new URLSearchParams(window.location.search).get('lang');
  initI18n(lang === 'en' || lang === 'de' ? lang : 'nl');
  document.documentElement.classList.add('speaker-window');
  createRoot(root).render(<StrictMode><SpeakerView /></StrictMode>);
}

function startApp(root: HTMLElement): void {
  // The URL is read once, before the first render: the store starts from it, bad parts become notices.
  // A bare visit starts on the opening preset (state/opening.ts), which startUrlSync writes to the URL.
  const { state, problems, opening } = startState(window.location.search);
  const store = createAppStore(state);
  for (const p of problems) store.getState().addNotice(urlNotice(p));
  initI18n(state.settings.lang);
  startUrlSync(store);

  const queryClient = new QueryClient({
    defaultOptions: { queries: { retry: 1, refetchOnWindowFocus: false } },
  });

  // A parallel start: the map's workers and the figures of the first frame are on their way
  // before React renders (components would start them only after their first commit).
  startMapWorkers();
  // A failure is kept in the query (the panels show it); nothing to do with it here.
  const prefetch = (q: Promise<unknown>) => { q.catch(() => undefined); };
  prefetch(queryClient.query(regionIndexQuery()));
  if (state.choropleth.indicator !== null) prefetch(queryClient.query(indicatorsQuery()));

  // A transition: the first render is cut into slices that yield to the browser, so the map's
  // worker boots and the prefetched files are read while React builds the page, instead of after.
  const app = (
    <StrictMode>
      <QueryClientProvider client={queryClient}>
        <StoreProvider store={store}>
          <DerivedProvider>
            <App opening={opening} />
          </DerivedProvider>
        </StoreProvider>
      </QueryClientProvider>
    </StrictMode>
  );
  const reactRoot = createRoot(root);
  startTransition(() => { reactRoot.render(app); });
}

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root');
if (window.location.hash === '#speaker') startSpeakerWindow(root);
else startApp(root);
