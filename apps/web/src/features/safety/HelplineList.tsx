import { HELPLINES } from './helplines.ts';

export function HelplineList() {
  return (
    <ul className="list" aria-label="Helplines">
      {HELPLINES.map((h) => (
        <li key={h.name + h.country} className="card">
          <p className="meta" style={{ margin: 0 }}>
            {h.country}
          </p>
          <strong>{h.name}</strong>
          <p style={{ margin: '2px 0 6px' }}>{h.what}</p>
          <a className="btn" data-variant="secondary" href={`tel:${h.dial}`}>
            Call {h.phone}
          </a>
        </li>
      ))}
    </ul>
  );
}
