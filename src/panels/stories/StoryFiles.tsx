/**
 * Stories to and from a JSON file: the way to move them to another laptop. A file that is not
 * JSON, is another app's, comes from a newer version or breaks the schema changes nothing and
 * says why; an older version is converted.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { useAppStore, useAppStoreApi } from '../../state/context';
import { readStoryText, storyFileText, type StoryReadError } from '../../model/stories/schema';
import { mergeStories } from '../../model/stories/edit';
import { download } from '../../data/download';

/** A story file of a few hundred slides is far below this; a bigger file is not one. */
const MAX_FILE_MB = 5;

function errorText(t: TFunction, e: StoryReadError): string {
  switch (e.kind) {
    case 'notJson': return t('stories.error.notJson', { detail: e.detail });
    case 'foreign': return t('stories.error.foreign');
    case 'newer': return t('stories.error.newer', { version: e.version });
    case 'invalid': return t('stories.error.invalid', { path: e.path, detail: e.detail });
  }
}

export function StoryFiles() {
  const { t } = useTranslation();
  const store = useAppStoreApi();
  const count = useAppStore((s) => s.stories.list.length);
  const [status, setStatus] = useState<{ text: string; error: boolean } | null>(null);
  const onFile = async (file: File) => {
    if (file.size > MAX_FILE_MB * 1024 * 1024) {
      setStatus({ text: t('stories.fileError', { file: file.name, detail: t('stories.error.tooBig', { mb: MAX_FILE_MB }) }), error: true });
      return;
    }
    const read = readStoryText(await file.text());
    if (!read.ok) {
      setStatus({ text: t('stories.fileError', { file: file.name, detail: errorText(t, read.error) }), error: true });
      return;
    }
    const api = store.getState();
    const merged = mergeStories(api.stories.list, read.file.stories, { now: new Date().toISOString() }, (title) => t('stories.copy', { title }));
    api.setStories(merged.stories, read.file.stories.length > 0 ? merged.stories[api.stories.list.length]?.id : undefined);
    const parts: string[] = [t('stories.imported', { file: file.name, count: merged.added })];
    if (read.migratedFrom !== null) parts.push(t('stories.migrated', { from: read.migratedFrom }));
    if (merged.renamed > 0) parts.push(t('stories.renamed', { count: merged.renamed }));
    setStatus({ text: parts.join(' '), error: false });
  };
  return (
    <div className="story-files">
      <button
        type="button"
        disabled={count === 0}
        onClick={() => { download('grensatlas-stories.json', 'application/json', storyFileText(store.getState().stories.list)); }}
      >
        {t('stories.exportFile')}
      </button>
      <label className="file-button">
        {t('stories.importFile')}
        <input
          type="file"
          accept=".json,application/json"
          onChange={(e) => {
            const file = e.target.files?.[0];
            e.target.value = '';
            if (file) void onFile(file);
          }}
        />
      </label>
      {status && <p role={status.error ? 'alert' : 'status'} className={status.error ? 'error' : 'muted'}>{status.text}</p>}
    </div>
  );
}
