import { localizedName, serviceDayOf } from '@onestop/shared';
import { type FormEvent, useState } from 'react';
import { useClient, useMutation } from 'urql';
import { saveFile } from '../../components/save-file';
import type { ConsoleImportConfigurationMutation } from '../../gql/graphql';
import { useLocale } from '../../locale/locale';
import { type ConsoleHall, hallChoiceLabel } from '../console-frame';
import { exportConfigurationQuery, importConfigurationMutation } from '../documents';
import { configurationFileName } from './configuration-file';
import { FieldError, FormActions, FormProblemNotice, useFormSubmit } from './form-kit';

type ImportedHall = ConsoleImportConfigurationMutation['importConfiguration'][number];

/** Props of {@link ConfigurationTransfer}. */
export interface ConfigurationTransferProps {
  hall: ConsoleHall;
  /** The halls an import may go under, in tree order with their depth. */
  parents: readonly { hall: ConsoleHall; depth: number }[];
  allowTop: boolean;
  onImported: () => void;
}

/**
 * A district's configuration as a file: exported from a hall and the halls below it (JSON, staff
 * without secrets), and imported under a chosen parent — a second installation set up like the first.
 */
export function ConfigurationTransfer({ hall, parents, allowTop, onImported }: ConfigurationTransferProps) {
  const { locale, text } = useLocale();
  const client = useClient();
  const exporting = useFormSubmit([]);
  const [, importConfiguration] = useMutation(importConfigurationMutation);
  const importing = useFormSubmit(['configuration', 'parentId']);
  const [parentId, setParentId] = useState(allowTop ? '' : hall.id);
  const [file, setFile] = useState<File | null>(null);
  const [imported, setImported] = useState<readonly ImportedHall[] | null>(null);
  const name = localizedName(hall, locale);

  const download = async (): Promise<void> => {
    let json: string | undefined;
    const ok = await exporting.submit(async () => {
      const result = await client
        .query(exportConfigurationQuery, { hallId: hall.id }, { requestPolicy: 'network-only' })
        .toPromise();
      json = result.data?.exportConfiguration;
      return result;
    });
    if (ok && json !== undefined) {
      saveFile(
        json,
        configurationFileName(hall.code, serviceDayOf(new Date(), hall.timezone)),
        'application/json;charset=utf-8',
      );
    }
  };

  const upload = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    if (!file) return importing.refuse('configuration', text('console.configuration.chooseFile'));
    const configuration = await file.text();
    let halls: readonly ImportedHall[] | undefined;
    const ok = await importing.submit(async () => {
      const result = await importConfiguration({
        parentId: parentId === '' ? null : parentId,
        configuration,
      });
      halls = result.data?.importConfiguration;
      return result;
    });
    if (ok && halls) {
      setImported(halls);
      onImported();
    }
  };

  const problem = importing.problem;
  return (
    <section className="panel configuration-transfer" aria-labelledby="configuration-title">
      <h3 id="configuration-title">{text('console.configuration.title')}</h3>
      <div className="configuration-columns">
        <div className="configuration-export">
          <p className="help">{text('console.configuration.exportHelp', { name })}</p>
          <button
            type="button"
            className="button"
            disabled={exporting.pending}
            onClick={() => void download()}
          >
            {text('console.configuration.export')}
          </button>
          <FormProblemNotice problem={exporting.problem} />
        </div>
        <form
          className="configuration-import"
          onSubmit={(event) => void upload(event)}
          noValidate
          data-form="configuration-import"
        >
          <p className="help">{text('console.configuration.importHelp')}</p>
          <label className="form-field">
            <span>{text('console.configuration.file')}</span>
            <input
              type="file"
              name="configuration"
              accept=".json,application/json"
              aria-invalid={problem?.field === 'configuration'}
              aria-describedby={problem?.field === 'configuration' ? 'configuration-file-error' : undefined}
              onChange={(change) => {
                setImported(null);
                importing.clear();
                setFile(change.target.files?.[0] ?? null);
              }}
            />
            {problem?.field === 'configuration' ? (
              <FieldError id="configuration-file-error" message={problem.message} />
            ) : null}
          </label>
          <label className="form-field">
            <span>{text('console.configuration.under')}</span>
            <select
              name="parentId"
              value={parentId}
              aria-invalid={problem?.field === 'parentId'}
              aria-describedby={problem?.field === 'parentId' ? 'configuration-parent-error' : undefined}
              onChange={(change) => setParentId(change.target.value)}
            >
              {allowTop ? <option value="">{text('console.district.noParent')}</option> : null}
              {parents.map(({ hall: each, depth }) => (
                <option key={each.id} value={each.id}>
                  {hallChoiceLabel(each, depth, locale)}
                </option>
              ))}
            </select>
            {problem?.field === 'parentId' ? (
              <FieldError id="configuration-parent-error" message={problem.message} />
            ) : null}
          </label>
          <FormProblemNotice problem={problem} />
          <FormActions submitLabel={text('console.configuration.import')} pending={importing.pending} />
          {imported ? (
            <p role="status" className="imported-halls">
              {text('console.configuration.imported', {
                count: imported.length,
                names: imported.map((each) => localizedName(each, locale)).join('、'),
              })}
            </p>
          ) : null}
        </form>
      </div>
    </section>
  );
}
