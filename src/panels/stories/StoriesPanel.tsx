/**
 * Stories: pick or make a story, add the current view as a slide, edit the slides, move stories
 * between laptops as a file, and start presenting.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppStore, useAppStoreApi } from '../../state/context';
import { addSlide, createStory, deleteStory, renameStory } from '../../model/stories/edit';
import type { Story } from '../../model/stories/schema';
import { slideQuery } from '../../state/stories';
import { startPresenting } from '../../state/present';
import { CollapsiblePanel } from '../CollapsiblePanel';
import { SlideList } from './SlideList';
import { StoryFiles } from './StoryFiles';
import { enterFullscreen, preferredMotion } from './screen';
import '../../styles/present.css';

const now = () => ({ now: new Date().toISOString() });

function StoryPicker({ stories, active }: { stories: readonly Story[]; active: Story | null }) {
  const { t } = useTranslation();
  const store = useAppStoreApi();
  const [confirming, setConfirming] = useState<string | null>(null);
  const create = () => {
    const api = store.getState();
    const made = createStory(api.stories.list, t('stories.newTitle', { n: api.stories.list.length + 1 }), now());
    api.setStories(made.stories, made.id);
  };
  return (
    <div className="story-picker">
      {stories.length > 0 && active && (
        <>
          <label>
            {t('stories.story')}{' '}
            <select value={active.id} onChange={(e) => { store.getState().setStories(store.getState().stories.list, e.target.value); }}>
              {stories.map((s) => <option key={s.id} value={s.id}>{s.title || t('stories.newTitle', { n: '' })}</option>)}
            </select>
          </label>
          <label>
            {t('stories.title')}{' '}
            <input
              type="text" value={active.title} maxLength={300}
              onChange={(e) => { store.getState().setStories(renameStory(store.getState().stories.list, active.id, e.target.value, now())); }}
            />
          </label>
        </>
      )}
      <div className="buttons">
        <button type="button" onClick={create}>{t('stories.newStory')}</button>
        {active && (
          <button
            type="button"
            onClick={() => {
              if (confirming !== active.id) {
                setConfirming(active.id);
                return;
              }
              setConfirming(null);
              store.getState().setStories(deleteStory(store.getState().stories.list, active.id));
            }}
            onBlur={() => { setConfirming(null); }}
          >
            {confirming === active.id ? t('stories.confirmDelete', { title: active.title }) : t('stories.deleteStory')}
          </button>
        )}
      </div>
    </div>
  );
}

export function StoriesPanel() {
  const { t } = useTranslation();
  const store = useAppStoreApi();
  const [open, setOpen] = useState(false);
  const stories = useAppStore((s) => s.stories.list);
  const activeId = useAppStore((s) => s.stories.activeId);
  const active = stories.find((s) => s.id === activeId) ?? null;
  const addCurrent = () => {
    const api = store.getState();
    let list = api.stories.list;
    let id = api.stories.activeId;
    if (id === null) {
      const made = createStory(list, t('stories.newTitle', { n: list.length + 1 }), now());
      list = made.stories;
      id = made.id;
    }
    const count = list.find((s) => s.id === id)?.slides.length ?? 0;
    const added = addSlide(list, id, { title: t('stories.defaultSlide', { n: count + 1 }), notes: '', query: slideQuery(api) }, now());
    if (added) api.setStories(added.stories, id);
  };
  const present = () => {
    if (!active) return;
    enterFullscreen();
    startPresenting(store, active.id, preferredMotion());
  };
  return (
    <CollapsiblePanel className="stories-panel" title={t('stories.panel')} open={open} onToggle={setOpen}>
      <StoryPicker stories={stories} active={active} />
      {!active && <p className="muted">{t('stories.none')}</p>}
      <div className="buttons">
        <button type="button" onClick={addCurrent}>{t('stories.addSlide')}</button>
        <button type="button" className="primary" disabled={!active || active.slides.length === 0} onClick={present}>
          {t('stories.present')}
        </button>
      </div>
      {active && <SlideList story={active} current={null} />}
      <StoryFiles />
    </CollapsiblePanel>
  );
}
