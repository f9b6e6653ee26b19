/**
 * History: a calendar (a month, or a year in pixels) that opens a day, a filter by kind and
 * tag, and a search over the person's own words that runs here, over the journal's index
 * in memory. Entries open to their own pages and can be deleted with a moment to undo.
 */
import {
  filterHistory,
  HISTORY_KINDS,
  type HistoryKind,
  searchHistory,
} from '@securebase/core/insights';
import { useCallback, useDeferredValue, useId, useRef, useState } from 'react';
import { Button, Chips, Field, moveFocus, Page } from '../../ui/index.ts';
import { localCalendar } from '../insights/index.ts';
import { HistoryCalendar } from './HistoryCalendar.tsx';
import { HistoryList } from './HistoryList.tsx';
import { useUndoableDelete } from './HistoryUndo.tsx';
import './history.css';
import { BANDS, bandColour } from './historyColours.ts';
import { formatLocalDay, KIND_NAMES, useHistory } from './historyData.ts';
import type { CalendarView } from './historyGrid.ts';

const PAGE = 30;
const kindOf = new Map(HISTORY_KINDS.map((k) => [KIND_NAMES[k].plural, k]));

function resultsSentence(n: number, query: string): string {
  const count = n === 0 ? 'No entries' : n === 1 ? 'One entry' : `${n} entries`;
  return query ? `${count} with “${query}”.` : `${count}.`;
}

export function HistoryPage() {
  const history = useHistory();
  const today = localCalendar.dayOf(Date.now());
  const [view, setView] = useState<CalendarView>('month');
  const [cursor, setCursor] = useState(today);
  const [day, setDay] = useState<number | null>(null);
  const [kinds, setKinds] = useState<HistoryKind[]>([]);
  const [tag, setTag] = useState('');
  const [query, setQuery] = useState('');
  const [shown, setShown] = useState(PAGE);
  const q = useDeferredValue(query.trim());
  const heading = useRef<HTMLHeadingElement>(null);
  const tagId = useId();
  const { remove, bar } = useUndoableDelete(useCallback(() => heading.current, []));

  const filter = { kinds, ...(tag ? { tag } : {}), ...(day !== null ? { day } : {}) };
  const found = filterHistory(q ? searchHistory(history.index, q) : history.entries, filter);
  const narrowed = q !== '' || kinds.length > 0 || tag !== '' || day !== null;

  const openDay = (d: number) => {
    setDay(d);
    setCursor(d);
    setShown(PAGE);
    requestAnimationFrame(() => moveFocus(heading.current));
  };

  if (history.entries.length === 0)
    return (
      <Page title="History" lede="Everything you write stays here, on this device.">
        <p>
          Nothing here yet. When you check in or work through a spiral, you can look back at it
          here, whenever you like.
        </p>
      </Page>
    );

  return (
    <Page
      title="History"
      lede="Everything you’ve written, kept on this device. Look back at your own pace."
    >
      <section className="stack" aria-label="Find an entry">
        <Field label="Search your words" hint="Searched here on this device; nothing is sent.">
          {(control) => (
            <input
              {...control}
              type="search"
              value={query}
              autoComplete="off"
              spellCheck={false}
              maxLength={200}
              onChange={(e) => {
                setQuery(e.target.value);
                setShown(PAGE);
              }}
            />
          )}
        </Field>
        <Chips
          label="Show only"
          options={HISTORY_KINDS.map((k) => KIND_NAMES[k].plural)}
          value={kinds.map((k) => KIND_NAMES[k].plural)}
          onChange={(v) => setKinds(v.flatMap((p) => kindOf.get(p) ?? []))}
        />
        {history.tags.length > 0 ? (
          <div className="field history-tag">
            <label htmlFor={tagId}>Tag</label>
            <select id={tagId} value={tag} onChange={(e) => setTag(e.target.value)}>
              <option value="">Any tag</option>
              {history.tags.map((t) => (
                <option key={t} value={t}>
                  {t}
                </option>
              ))}
            </select>
          </div>
        ) : null}
      </section>

      {/* While searching, the results take the calendar's place, right under the field. */}
      <section className="stack history-calendar-section" aria-label="Calendar" hidden={q !== ''}>
        <fieldset className="row history-views">
          <legend className="visually-hidden">Calendar view</legend>
          {(['month', 'year'] as const).map((v) => (
            <Button key={v} variant="quiet" aria-pressed={view === v} onPress={() => setView(v)}>
              {v === 'month' ? 'Month' : 'Year'}
            </Button>
          ))}
        </fieldset>
        <HistoryCalendar
          view={view}
          history={history}
          cursor={cursor}
          today={today}
          selected={day}
          onMove={setCursor}
          onOpen={openDay}
        />
        <div className="history-legend meta">
          <span>How secure you felt, from your check-ins:</span>
          {BANDS.map((b) => (
            <span key={b.label} className="history-legend-item">
              <span className="history-legend-swatch" style={{ background: bandColour(b) }} />
              {b.label}
            </span>
          ))}
        </div>
      </section>

      <section className="stack" aria-labelledby="history-results">
        <h2 id="history-results" tabIndex={-1} ref={heading}>
          {day !== null
            ? formatLocalDay(day)
            : narrowed
              ? 'What you’re looking for'
              : 'Every entry'}
        </h2>
        <p role="status" className="meta">
          {narrowed ? resultsSentence(found.length, q) : ''}
        </p>
        {day !== null ? (
          <Button variant="quiet" onPress={() => setDay(null)}>
            Show every day
          </Button>
        ) : null}
        <HistoryList
          label="Entries"
          entries={found.slice(0, shown)}
          recs={history.recs}
          onDelete={remove}
        />
        {found.length > shown ? (
          <Button onPress={() => setShown((n) => n + PAGE)}>Show more</Button>
        ) : null}
      </section>
      {bar}
    </Page>
  );
}
