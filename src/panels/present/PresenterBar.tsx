/**
 * Presenter mode's own screen furniture: the slide title, its number, the way back to the story
 * after exploring, and buttons for a mouse. Each slide's title is announced (aria-live). B blanks
 * the screen to black.
 */
import { useTranslation } from 'react-i18next';
import { useAppStore, useAppStoreApi } from '../../state/context';
import { hasLeftSlide, presentedStory, presenterStep } from '../../state/present';
import { exitFullscreen, preferredMotion } from '../stories/screen';
import { openSpeakerWindow } from './speakerWindow';

export function PresenterBar() {
  const { t } = useTranslation();
  const store = useAppStoreApi();
  const p = useAppStore((s) => s.stories.presenting);
  const story = useAppStore(presentedStory);
  const slide = p && story ? (story.slides[p.index] ?? null) : null;
  const left = useAppStore((s) => (slide ? hasLeftSlide(s, slide) : false));
  if (!p || !story) return null;
  const count = story.slides.length;
  const n = p.index + 1;
  const step = (kind: 'next' | 'prev') => { presenterStep(store, { kind }, preferredMotion()); };
  const exit = () => {
    store.getState().setPresenting(null);
    exitFullscreen();
  };
  return (
    <>
      <section className="presenter-bar" aria-label={t('present.label')} aria-describedby="presenter-keys">
        <p id="presenter-keys" className="visually-hidden">{t('present.keys')}</p>
        <h2 className="slide-title">{slide?.title ?? t('present.empty')}</h2>
        <p className="slide-counter">
          {t('present.counter', { n, count })}
          {p.digits !== '' && <span className="typed"> · {t('present.typed', { n: p.digits })}</span>}
        </p>
        {left && <p className="exploring">{t('present.exploring', { n: Math.min(n + 1, count) })}</p>}
        <div className="buttons">
          <button type="button" onClick={() => { step('prev'); }} disabled={p.index === 0}>{t('present.prev')}</button>
          <button type="button" onClick={() => { step('next'); }} disabled={!left && p.index >= count - 1}>{t('present.next')}</button>
          <button type="button" onClick={() => { openSpeakerWindow(store.getState().settings.lang); }}>{t('present.speaker')}</button>
          <button type="button" onClick={exit}>{t('present.exit')}</button>
        </div>
        <p className="visually-hidden" aria-live="polite" aria-atomic="true">
          {slide ? t('present.announce', { n, count, title: slide.title }) : ''}
        </p>
      </section>
      {p.blank && (
        <div className="presenter-blank" role="status">
          <span className="visually-hidden">{t('present.blanked')}</span>
        </div>
      )}
    </>
  );
}
