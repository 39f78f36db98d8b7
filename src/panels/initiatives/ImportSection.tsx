/**
 * The user's own initiatives: import a CSV or GeoJSON file (each bad row reported, good rows
 * kept, nothing loaded replaced), export the imported set again, or remove it.
 */
import { useEffect, useId, useRef, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from '@tanstack/react-query';
import { initiativesQuery } from '../../data/initiatives';
import { parseContextOf } from '../../model/initiatives/catalogue';
import { regionIndexQuery } from '../../data/queries';
import { exportCsv, exportGeoJson, failedImport, importInitiatives } from '../../model/initiatives/io';
import { useAppStore, useAppStoreApi } from '../../state/context';
import type { ImportReport } from '../../state/initiatives';
import { fileProblemText, problemText, whereText } from './problems';
import { download } from '../../data/download';

const MAX_MB = 5;
const PROBLEMS_SHOWN = 50;

/** What the last import found: rows added, ignored columns, each problem with its line, until dismissed. */
function ImportReportView({ report }: { report: ImportReport }) {
  const { t } = useTranslation();
  const dismiss = useAppStore((s) => s.dismissImportReport);
  const reportRef = useRef<HTMLDivElement>(null);
  // The report appears at the foot of a long panel: bring it into view.
  useEffect(() => {
    reportRef.current?.scrollIntoView({ block: 'nearest' });
  }, [report]);
  const more = report.problems.length - PROBLEMS_SHOWN;
  return (
    <div ref={reportRef} className="import-report" role="status">
      {report.fileProblem ? (
        <p className="error">{t('ini.importFileProblem', { file: report.fileName, error: fileProblemText(t, report.fileProblem) })}</p>
      ) : (
        <p>{t('ini.importReport', { file: report.fileName, added: report.added, rows: report.rows })}</p>
      )}
      {report.ignoredColumns.length > 0 && <p className="hint">{t('ini.importIgnored', { columns: report.ignoredColumns.join(', ') })}</p>}
      {report.problems.length > 0 && (
        <>
          <p className="error">{t('ini.importProblems', { count: report.problems.length })}</p>
          <ul className="problems">
            {report.problems.slice(0, PROBLEMS_SHOWN).map((p, n) => (
              <li key={`${p.where.kind}${p.where.n} ${p.field ?? ''} ${n}`}>
                <strong>{whereText(t, p.where)}</strong>
                {p.id && <> (<span className="code">{p.id}</span>)</>}
                {p.field && <>, <code>{p.field}</code></>}: {problemText(t, p)}
              </li>
            ))}
            {more > 0 && <li>{t('ini.moreProblems', { count: more })}</li>}
          </ul>
        </>
      )}
      <button type="button" onClick={dismiss}>{t('ini.dismissReport')}</button>
    </div>
  );
}

/** The imported set: how many, export as CSV or GeoJSON, remove. */
function ImportedSet() {
  const { t } = useTranslation();
  const imported = useAppStore((s) => s.initiatives.imported);
  const remove = useAppStore((s) => s.removeImported);
  if (imported.length === 0) return null;
  const csv = () => { download('grensatlas-initiatives.csv', 'text/csv', exportCsv(imported)); };
  const geojson = () => { download('grensatlas-initiatives.geojson', 'application/geo+json', exportGeoJson(imported)); };
  return (
    <>
      <p>{t('ini.importCount', { count: imported.length })}</p>
      <div className="buttons">
        <button type="button" onClick={csv}>{t('ini.exportCsv')}</button>
        <button type="button" onClick={geojson}>{t('ini.exportGeoJson')}</button>
        <button type="button" onClick={remove}>{t('ini.removeImported')}</button>
      </div>
    </>
  );
}

export function ImportSection() {
  const { t } = useTranslation();
  const id = useId();
  const store = useAppStoreApi();
  const index = useQuery(regionIndexQuery()).data;
  const embedded = useQuery(initiativesQuery()).data;
  const report = useAppStore((s) => s.initiatives.report);

  const onFile = async (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    e.target.value = ''; // the same file can be chosen again after fixing it
    if (!file || !index || !embedded) return;
    const add = ({ entries, ...found }: ReturnType<typeof importInitiatives>) => {
      store.getState().addImported(entries, { ...found, fileName: file.name, added: entries.length });
    };
    if (file.size > MAX_MB * 1024 * 1024) {
      add(failedImport({ code: 'tooLarge', params: { mb: MAX_MB } }));
      return;
    }
    let text: string;
    try {
      text = await file.text();
    } catch (err) {
      add(failedImport({ code: 'unreadable', params: { detail: err instanceof Error ? err.message : String(err) } }));
      return;
    }
    // Ids taken now, after the wait: an import that finished meanwhile counts.
    const taken = new Set([...embedded.map((i) => i.id), ...store.getState().initiatives.imported.map((i) => i.id)]);
    add(importInitiatives(text, file.name, parseContextOf(index), taken));
  };

  return (
    <fieldset className="import">
      <legend>{t('ini.import')}</legend>
      <label htmlFor={`${id}-file`}>{t('ini.importFile')}</label>
      <input
        id={`${id}-file`}
        type="file"
        accept=".csv,.geojson,.json,text/csv,application/geo+json,application/json"
        disabled={!index || !embedded}
        onChange={(e) => { void onFile(e); }}
      />
      <p className="hint">{t('ini.importHelp')}</p>
      {report && <ImportReportView report={report} />}
      <ImportedSet />
    </fieldset>
  );
}
