/**
 * The speaker window: notes, the next slide's title, the slide number and a timer, kept in step
 * with presenter mode over the origin's BroadcastChannel. Its buttons step the presentation too.
 */
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import '../../styles/present.css';
import { formatElapsed, PRESENTER_CHANNEL, readPresenterMessage, type PresenterMessage } from '../../model/stories/channel';

type State = Extract<PresenterMessage, { type: 'state' }>;

function useClock(): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const id = setInterval(() => { setNow(Date.now()); }, 1000);
    return () => { clearInterval(id); };
  }, []);
  return now;
}

export function SpeakerView() {
  const { t } = useTranslation();
  const [state, setState] = useState<State | 'waiting' | 'ended'>('waiting');
  const channel = useRef<BroadcastChannel | null>(null);
  const now = useClock();
  useEffect(() => {
    document.title = t('present.speakerTitle');
  }, [t]);
  useEffect(() => {
    const c = new BroadcastChannel(PRESENTER_CHANNEL);
    c.onmessage = (e: MessageEvent) => {
      const m = readPresenterMessage(e.data);
      if (m?.type === 'state') setState(m);
      else if (m?.type === 'ended') setState('ended');
    };
    c.postMessage({ type: 'hello' } satisfies PresenterMessage);
    channel.current = c;
    return () => { c.close(); };
  }, []);
  const send = (action: 'next' | 'prev' | 'blank') => { channel.current?.postMessage({ type: 'command', action } satisfies PresenterMessage); };
  if (state === 'waiting' || state === 'ended') {
    return <main className="speaker"><p role="status">{t(state === 'waiting' ? 'present.waiting' : 'present.ended')}</p></main>;
  }
  return (
    <main className="speaker">
      <header>
        <p className="speaker-story">{state.story}</p>
        <p className="speaker-counter" role="status">{t('present.counter', { n: state.index + 1, count: state.count })}</p>
        <p className="speaker-timer" aria-label={t('present.timer')}>{formatElapsed(now - state.started)}</p>
      </header>
      <h1>{state.slide?.title ?? t('present.empty')}</h1>
      {state.blank && <p className="speaker-blank">{t('present.blanked')}</p>}
      <section aria-label={t('present.notes')} className="speaker-notes">
        {state.slide?.notes ? state.slide.notes.split('\n').map((line, i) => <p key={i}>{line}</p>) : <p className="muted">{t('present.noNotes')}</p>}
      </section>
      <p className="speaker-next">{state.next ? t('present.nextUp', { title: state.next.title }) : t('present.lastSlide')}</p>
      <div className="buttons">
        <button type="button" onClick={() => { send('prev'); }}>{t('present.prev')}</button>
        <button type="button" onClick={() => { send('next'); }}>{t('present.next')}</button>
        <button type="button" onClick={() => { send('blank'); }}>{t('present.blank')}</button>
      </div>
    </main>
  );
}
