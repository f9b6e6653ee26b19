/**
 * One weekly trend drawn with uPlot. Loaded lazily (uPlot is ~23 kB gz) and hidden from
 * screen readers: the text summary next to it says the same thing in words.
 */
import { useEffect, useRef } from 'react';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';

const DAY_S = 86_400;

export default function TrendChart({
  weekStarts,
  values,
  label,
}: {
  /** Local epoch-days of each week's Monday. */
  weekStarts: number[];
  values: (number | null)[];
  label: string;
}) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const el = box.current;
    if (!el) return;
    const css = getComputedStyle(el);
    const accent = css.getPropertyValue('--accent').trim() || '#2a6560';
    const muted = css.getPropertyValue('--muted').trim() || '#4f5560';
    const border = css.getPropertyValue('--border').trim() || '#cfc8bd';
    // At least four weeks wide with half a week of margin: uPlot's own range for one or two
    // weeks spans years.
    const first = weekStarts[0] ?? 0;
    const last = Math.max(weekStarts[weekStarts.length - 1] ?? 0, first + 28);
    const lo = (first - 4) * DAY_S;
    const hi = (last + 4) * DAY_S;
    const axis = { stroke: muted, grid: { stroke: border, width: 1 }, ticks: { stroke: border } };
    const plot = new uPlot(
      {
        width: Math.max(200, el.clientWidth),
        height: 160,
        legend: { show: false },
        cursor: { show: false },
        // Local epoch-days as if UTC, so labels show the person's own calendar dates.
        tzDate: (ts) => uPlot.tzDate(new Date(ts * 1000), 'Etc/UTC'),
        scales: { x: { time: true, auto: false, range: [lo, hi] } },
        axes: [axis, { ...axis, size: 40 }],
        series: [{}, { label, stroke: accent, width: 2, points: { show: values.length < 30 } }],
      },
      [weekStarts.map((d) => d * DAY_S), values],
      el,
    );
    const resize = new ResizeObserver(() =>
      plot.setSize({ width: Math.max(200, el.clientWidth), height: 160 }),
    );
    resize.observe(el);
    return () => {
      resize.disconnect();
      plot.destroy();
    };
  }, [weekStarts, values, label]);
  return <div ref={box} aria-hidden="true" className="trend-chart" />;
}
