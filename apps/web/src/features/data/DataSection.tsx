/**
 * Data ownership (F13): export as JSON (full fidelity) and CSV, import JSON (idempotent:
 * the vault merges, so importing a file twice changes nothing), delete everything, and
 * persistent storage status.
 */
import { type ImportError, parseExport, RECORD_TYPES, toCsv, toExportJson } from '@securebase/core';
import { useEffect, useId, useState } from 'react';
import {
  downloadText,
  type PersistState,
  persistedState,
  requestPersistence,
} from '../../platform/index.ts';
import { useVaultApi } from '../../session/index.ts';
import { Button, Confirm } from '../../ui/index.ts';

const stamp = () => new Date().toISOString().slice(0, 10);

function importMessage(e: ImportError): string {
  switch (e.type) {
    case 'NotJson':
      return 'That file isn’t a Secure Base export (it isn’t JSON). Nothing was changed.';
    case 'NotAnExport':
      return 'That file doesn’t look like a Secure Base export. Nothing was changed.';
    case 'NewerVersion':
      return 'That export comes from a newer version of Secure Base. Please update the app, then try again. Nothing was changed.';
    case 'InvalidRecord':
      return `Entry ${e.index + 1} in that file is damaged, so nothing was imported. Your journal is unchanged.`;
  }
}

export function DataSection() {
  const { vault, eraseEverything } = useVaultApi();
  const [status, setStatus] = useState('');
  const fileId = useId();

  const exportJson = () => {
    downloadText(
      `securebase-export-${stamp()}.json`,
      toExportJson(vault.all(), Date.now()),
      'application/json',
    );
    setStatus('Your export is downloading. Keep it somewhere private: it is not encrypted.');
  };
  const exportCsv = (type: string) => {
    downloadText(
      `securebase-${type}-${stamp()}.csv`,
      toCsv(vault.all().filter((r) => r.type === type)),
      'text/csv',
    );
  };
  const importFile = async (file: File) => {
    const parsed = parseExport(await file.text());
    if (!parsed.ok) return setStatus(importMessage(parsed.error));
    try {
      const { changed } = await vault.merge(parsed.value);
      setStatus(
        changed === 0
          ? 'Everything in that file was already here. Nothing changed.'
          : `Imported. ${changed} ${changed === 1 ? 'entry was' : 'entries were'} added or updated.`,
      );
    } catch {
      setStatus(
        'Some entries in that file could not be read, so nothing was imported. Your journal is unchanged.',
      );
    }
  };

  return (
    <section className="stack" aria-labelledby="data-h">
      <h2 id="data-h">Your data</h2>
      <p>
        Everything you write is encrypted on this device. Exports are yours to keep; they are plain
        files, so store them somewhere private.
      </p>
      <Button variant="primary" onPress={exportJson}>
        Export everything (JSON)
      </Button>
      <div className="row">
        {/* Drafts are half-typed forms: in the JSON export, but not a table worth a CSV. */}
        {Object.values(RECORD_TYPES)
          .filter((def) => def.type !== 'draft')
          .map((def) => (
            <Button key={def.type} onPress={() => exportCsv(def.type)}>
              {def.label} (CSV)
            </Button>
          ))}
      </div>
      <div className="field">
        <label htmlFor={fileId}>Import an export file (JSON)</label>
        <span className="hint">
          Entries already here are kept; importing the same file twice changes nothing.
        </span>
        <input
          id={fileId}
          type="file"
          accept="application/json,.json"
          onChange={(e) => {
            const f = e.target.files?.[0];
            if (f) void importFile(f);
            e.target.value = '';
          }}
        />
      </div>
      <p role="status" aria-live="polite">
        {status}
      </p>
      <StorageStatus />
      <h2>Delete everything</h2>
      <p>
        Removes every entry, key and setting from this device. Export first if you might want any of
        it later.
      </p>
      <Confirm
        trigger="Delete everything…"
        triggerVariant="danger"
        title="Delete everything on this device?"
        confirmLabel="Yes, delete everything"
        onConfirm={async () => {
          await eraseEverything();
          setStatus('Everything was deleted. Secure Base is empty again.');
        }}
      >
        <p>
          All your check-ins, spirals and other entries will be erased from this device. This cannot
          be undone.
        </p>
      </Confirm>
    </section>
  );
}

function StorageStatus() {
  const [state, setState] = useState<PersistState | null>(null);
  useEffect(() => {
    void persistedState().then(setState);
  }, []);
  return (
    <div className={state === 'granted' ? 'card' : 'notice'} data-testid="storage-status">
      {state === 'granted' ? (
        <p style={{ margin: 0 }}>
          This browser has agreed to keep your journal: it won’t be cleared to free up space.
        </p>
      ) : state === null ? null : (
        <div className="stack" style={{ gap: 8 }}>
          <p style={{ margin: 0 }}>
            This browser hasn’t promised to keep your journal. If the device runs low on space, it
            could clear it. Installing Secure Base to your home screen usually helps; regular
            exports keep a copy safe either way.
          </p>
          {state === 'denied' ? (
            <Button onPress={async () => setState(await requestPersistence())}>Ask again</Button>
          ) : null}
        </div>
      )}
    </div>
  );
}
