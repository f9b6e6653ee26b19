/**
 * One weekly trend drawn with uPlot. Loaded lazily (uPlot is ~23 kB gz) and hidden from
 * screen readers: the text summary next to it says the same thing in words.
 */
import { useEffect, useRef } from 'react';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';

const DAY_S = 86_400;

/**
 * A theme colour as the canvas needs it (rgb). The variables hold light-dark() pairs, which
 * only a CSS colour property resolves, so a probe element reads the used value.
 */
function themeColor(el: HTMLElement, variable: string): string {
  const probe = document.createElement('span');
  probe.style.color = `var(${variable})`;
  el.append(probe);
  const color = getComputedStyle(probe).color;
  probe.remove();
  return color;
}

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
    const accent = themeColor(el, '--accent');
    const muted = themeColor(el, '--muted');
    const border = themeColor(el, '--border');
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
