/**
 * The slides of a story: title and notes edited in place; reordered by dragging or with the
 * up/down buttons; shown, duplicated, updated from the current view or deleted. Each slide links
 * to its view (the slide is a URL).
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppStoreApi } from '../../state/context';
import type { Slide, Story } from '../../model/stories/schema';
import { deleteSlide, duplicateSlide, moveSlide, updateSlide } from '../../model/stories/edit';
import { showSlide } from '../../state/present';
import { slideQuery } from '../../state/stories';

const now = () => ({ now: new Date().toISOString() });

interface ItemProps {
  story: Story;
  slide: Slide;
  i: number;
  current: boolean;
  dragged: boolean;
  edit: (fn: (list: readonly Story[]) => readonly Story[]) => void;
  move: (from: number, to: number, button?: string) => void;
  setDragged: (i: number | null) => void;
}

function SlideItem({ story, slide, i, current, dragged, edit, move, setDragged }: ItemProps) {
  const { t } = useTranslation();
  const store = useAppStoreApi();
  const n = i + 1;
  return (
    <li
      className={`slide${current ? ' current' : ''}${dragged ? ' dragging' : ''}`}
      draggable
      onDragStart={(e) => { setDragged(i); e.dataTransfer.effectAllowed = 'move'; e.dataTransfer.setData('text/plain', String(i)); }}
      onDragOver={(e) => { e.preventDefault(); e.dataTransfer.dropEffect = 'move'; }}
      onDrop={(e) => {
        e.preventDefault();
        const from = Number(e.dataTransfer.getData('text/plain'));
        if (Number.isInteger(from)) move(from, i);
        setDragged(null);
      }}
      onDragEnd={() => { setDragged(null); }}
    >
      <span className="slide-number" aria-hidden="true">{n}</span>
      <label className="slide-field">
        <span className="visually-hidden">{t('stories.slideTitle', { n })}</span>
        <input
          type="text" value={slide.title} maxLength={300}
          onChange={(e) => { edit((l) => updateSlide(l, story.id, i, { title: e.target.value }, now())); }}
        />
      </label>
      <label className="slide-field notes">
        <span className="visually-hidden">{t('stories.notes', { n })}</span>
        <textarea
          rows={2} value={slide.notes} maxLength={5000} placeholder={t('present.notes')}
          onChange={(e) => { edit((l) => updateSlide(l, story.id, i, { notes: e.target.value }, now())); }}
        />
      </label>
      <div className="slide-actions">
        <button type="button" aria-label={t('stories.show', { n })} onClick={() => { showSlide(store, slide, 'fly'); }}>
          {t('stories.showShort')}
        </button>
        <button
          type="button" data-slide-button={`up-${i}`} aria-label={t('stories.moveUp', { n })} disabled={i === 0}
          onClick={() => { move(i, i - 1, 'up'); }}
        >↑</button>
        <button
          type="button" data-slide-button={`down-${i}`} aria-label={t('stories.moveDown', { n })} disabled={i === story.slides.length - 1}
          onClick={() => { move(i, i + 1, 'down'); }}
        >↓</button>
        <button
          type="button" aria-label={t('stories.duplicate', { n })}
          onClick={() => { edit((l) => duplicateSlide(l, story.id, i, now())?.stories ?? l); }}
        >{t('stories.duplicateShort')}</button>
        <button
          type="button" aria-label={t('stories.update', { n })}
          onClick={() => { edit((l) => updateSlide(l, story.id, i, { query: slideQuery(store.getState()) }, now())); }}
        >{t('stories.updateShort')}</button>
        <button type="button" aria-label={t('stories.remove', { n })} onClick={() => { edit((l) => deleteSlide(l, story.id, i, now())); }}>×</button>
        <a href={`${window.location.pathname}${slide.query}`} aria-label={t('stories.linkLabel', { n })}>{t('stories.link')}</a>
      </div>
    </li>
  );
}

export function SlideList({ story, current }: { story: Story; current: number | null }) {
  const { t } = useTranslation();
  const store = useAppStoreApi();
  const [dragged, setDragged] = useState<number | null>(null);
  const edit = (fn: (list: readonly Story[]) => readonly Story[]) => {
    const api = store.getState();
    api.setStories(fn(api.stories.list), story.id);
  };
  const move = (from: number, to: number, button?: string) => {
    edit((l) => moveSlide(l, story.id, from, to, now()));
    // After a move the slide's buttons are drawn at their new place: keep the keyboard on them.
    if (button) requestAnimationFrame(() => { document.querySelector<HTMLButtonElement>(`[data-slide-button="${button}-${to}"]`)?.focus(); });
  };
  if (story.slides.length === 0) return <p className="muted">{t('stories.noSlides')}</p>;
  return (
    <>
      <p className="muted hint">{t('stories.dragHint')}</p>
      <ol className="slide-list" aria-label={t('stories.slides')}>
        {story.slides.map((slide, i) => (
          <SlideItem
            key={slide.id} story={story} slide={slide} i={i} current={current === i} dragged={dragged === i}
            edit={edit} move={move} setDragged={setDragged}
          />
        ))}
      </ol>
    </>
  );
}
