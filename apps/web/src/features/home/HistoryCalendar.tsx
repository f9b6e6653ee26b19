/**
 * The calendar: a month of weeks, or a year in pixels (a column a month, a row a date),
 * each day coloured by how secure the person felt and named in words. It is one grid with
 * a roving tab stop: Tab enters at the focused day, arrow keys, Home/End and Page Up/Down
 * move it (the shown month or year follows), Enter or a tap opens the day.
 */
import { dateOfDay, dayOfDate, daysInMonth, monthWeeks } from '@securebase/core/insights';
import { type KeyboardEvent, useEffect, useId, useRef } from 'react';
import { Button } from '../../ui/index.ts';
import { bandColour, bandOf } from './historyColours.ts';
import { dateAt, dayLabel, type History } from './historyData.ts';
import { addMonths, type CalendarView, moveDay } from './historyGrid.ts';

interface Props {
  view: CalendarView;
  history: History;
  /** The day that holds the tab stop; its month or year is shown. */
  cursor: number;
  today: number;
  selected: number | null;
  onMove: (day: number) => void;
  onOpen: (day: number) => void;
}

const WEEKDAYS = Array.from({ length: 7 }, (_, i) => new Date(2024, 0, 1 + i, 12));
const MONTHS = Array.from({ length: 12 }, (_, i) => new Date(2024, i, 1, 12));

function Day({ day, p, size }: { day: number; p: Props; size: 'month' | 'year' }) {
  const sec = p.history.security.get(day);
  const count = p.history.counts.get(day) ?? 0;
  const fill = sec ? bandColour(bandOf(sec.mean)) : undefined;
  return (
    // biome-ignore lint/a11y/useFocusableInteractive: the day's button inside takes focus, with a roving tab stop
    <td
      // biome-ignore lint/a11y/noNoninteractiveElementToInteractiveRole: a grid's cell, which can be selected; its button takes focus (the grid pattern allows a focusable child)
      role="gridcell"
      aria-selected={p.selected === day}
    >
      <button
        type="button"
        className={`history-day history-day-${size}`}
        data-day={day}
        data-written={count > 0 ? '' : undefined}
        tabIndex={day === p.cursor ? 0 : -1}
        aria-label={dayLabel(day, p.history)}
        aria-current={day === p.today ? 'date' : undefined}
        onClick={() => p.onOpen(day)}
      >
        {size === 'month' ? <span aria-hidden="true">{dateOfDay(day).date}</span> : null}
        <span
          aria-hidden="true"
          className="history-swatch"
          style={fill ? { background: fill, borderColor: fill } : undefined}
        />
      </button>
    </td>
  );
}

function MonthGrid(p: Props) {
  const { year, month } = dateOfDay(p.cursor);
  return (
    <>
      <thead>
        <tr>
          {WEEKDAYS.map((d) => (
            <th
              key={d.getDay()}
              scope="col"
              abbr={d.toLocaleDateString(undefined, { weekday: 'long' })}
            >
              {d.toLocaleDateString(undefined, { weekday: 'narrow' })}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {monthWeeks(year, month).map((week) => (
          <tr key={week.find((d) => d !== null)}>
            {week.map((day, i) =>
              day === null ? (
                // biome-ignore lint/suspicious/noArrayIndexKey: blank days have only a place
                <td key={`blank-${i}`} />
              ) : (
                <Day key={day} day={day} p={p} size="month" />
              ),
            )}
          </tr>
        ))}
      </tbody>
    </>
  );
}

function YearGrid(p: Props) {
  const { year } = dateOfDay(p.cursor);
  return (
    <>
      <thead>
        <tr>
          <td />
          {MONTHS.map((d) => (
            <th
              key={d.getMonth()}
              scope="col"
              abbr={d.toLocaleDateString(undefined, { month: 'long' })}
            >
              {d.toLocaleDateString(undefined, { month: 'narrow' })}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {Array.from({ length: 31 }, (_, r) => r + 1).map((date) => (
          <tr key={date}>
            <th scope="row">{date}</th>
            {MONTHS.map((d) => {
              const m = d.getMonth();
              return date > daysInMonth(year, m) ? (
                <td key={m} />
              ) : (
                <Day key={m} day={dayOfDate(year, m, date)} p={p} size="year" />
              );
            })}
          </tr>
        ))}
      </tbody>
    </>
  );
}

export function HistoryCalendar(p: Props) {
  const labelId = useId();
  const grid = useRef<HTMLTableElement>(null);
  const wantFocus = useRef(false);
  const { year, month } = dateOfDay(p.cursor);
  useEffect(() => {
    if (!wantFocus.current) return;
    wantFocus.current = false;
    grid.current?.querySelector<HTMLElement>(`[data-day="${p.cursor}"]`)?.focus();
  }, [p.cursor]);
  const onKeyDown = (e: KeyboardEvent) => {
    const next = moveDay(p.view, p.cursor, e.key);
    if (next === null) return;
    e.preventDefault();
    wantFocus.current = true;
    p.onMove(next);
  };
  const step = p.view === 'month' ? 1 : 12;
  const title =
    p.view === 'month'
      ? dateAt(p.cursor).toLocaleDateString(undefined, { month: 'long', year: 'numeric' })
      : String(year);
  const unit = p.view === 'month' ? 'month' : 'year';
  return (
    <div className="stack history-calendar">
      <div className="row history-calendar-head">
        <Button
          variant="quiet"
          aria-label={`Previous ${unit}`}
          onPress={() => p.onMove(addMonths(p.cursor, -step))}
        >
          ‹
        </Button>
        <h2 id={labelId} aria-live="polite">
          {title}
        </h2>
        <Button
          variant="quiet"
          aria-label={`Next ${unit}`}
          onPress={() => p.onMove(addMonths(p.cursor, step))}
        >
          ›
        </Button>
      </div>
      <table
        ref={grid}
        // biome-ignore lint/a11y/noNoninteractiveElementToInteractiveRole: the ARIA grid pattern on a table: arrow keys move between days, as in a date picker
        role="grid"
        aria-labelledby={labelId}
        className={`history-grid history-grid-${p.view}`}
        onKeyDown={onKeyDown}
        data-month={month}
      >
        {p.view === 'month' ? <MonthGrid {...p} /> : <YearGrid {...p} />}
      </table>
    </div>
  );
}
