/**
 * The self-check trajectory on the anxiety × avoidance plane, drawn as plain SVG (a few
 * points need no chart library). Hidden from screen readers: the sentence beside it and
 * the list below say the same in words.
 */
import type { TrajectoryPoint } from '@securebase/core/insights';

const SIZE = 240;
const PAD = 28;
const pos = (v: number) => PAD + ((v - 1) / 6) * (SIZE - 2 * PAD);

export function TrajectoryPlane({ points }: { points: TrajectoryPoint[] }) {
  if (points.length === 0) return null;
  const xy = points.map((p) => ({ at: p.at, x: pos(p.avoidance), y: SIZE - pos(p.anxiety) }));
  return (
    <svg
      viewBox={`0 0 ${SIZE} ${SIZE}`}
      width="100%"
      style={{ maxWidth: SIZE, display: 'block', margin: '0 auto' }}
      aria-hidden="true"
      className="plane"
    >
      <rect
        x={PAD}
        y={PAD}
        width={SIZE - 2 * PAD}
        height={SIZE - 2 * PAD}
        fill="none"
        stroke="var(--border)"
      />
      <line
        x1={SIZE / 2}
        y1={PAD}
        x2={SIZE / 2}
        y2={SIZE - PAD}
        stroke="var(--border)"
        strokeDasharray="4 4"
      />
      <line
        x1={PAD}
        y1={SIZE / 2}
        x2={SIZE - PAD}
        y2={SIZE / 2}
        stroke="var(--border)"
        strokeDasharray="4 4"
      />
      <text x={SIZE / 2} y={SIZE - 8} textAnchor="middle" fontSize="11" fill="var(--muted)">
        discomfort with closeness →
      </text>
      <text
        x={10}
        y={SIZE / 2}
        textAnchor="middle"
        fontSize="11"
        fill="var(--muted)"
        transform={`rotate(-90 10 ${SIZE / 2})`}
      >
        worry about the relationship →
      </text>
      <polyline
        points={xy.map((p) => `${p.x},${p.y}`).join(' ')}
        fill="none"
        stroke="var(--accent)"
        strokeWidth="2"
      />
      {xy.map((p, i) => (
        <circle
          key={p.at}
          cx={p.x}
          cy={p.y}
          r={i === xy.length - 1 ? 6 : 3.5}
          fill={i === xy.length - 1 ? 'var(--accent)' : 'var(--surface)'}
          stroke="var(--accent)"
          strokeWidth="2"
        />
      ))}
    </svg>
  );
}
