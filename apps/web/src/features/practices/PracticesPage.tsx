/** The practices, one tap each. */
import { LinkButton, Page } from '../../ui/index.ts';

const TOOLS = [
  { href: '/insights', label: 'Insights', about: "What's getting easier, week by week" },
  { href: '/reachout', label: 'The urge to reach out', about: 'Pause before pursuing' },
  { href: '/compose', label: 'Message coach', about: "Ask, don't assume" },
  { href: '/ledger', label: 'Assumptions ledger', about: 'What I feared, and what was true' },
  { href: '/ladder', label: 'Uncertainty ladder', about: 'Small steps of not knowing' },
  { href: '/space', label: 'Space and closeness', about: 'What followed, over time' },
  { href: '/needs', label: 'Needs map and own time', about: 'Where else needs are met' },
  {
    href: '/present',
    label: 'Being present',
    about: 'Listening drill, presence, a mindful minute',
  },
  { href: '/selfcheck', label: 'Monthly self-check', about: 'A mirror, once a month' },
];

export function PracticesPage() {
  return (
    <Page
      title="Practices"
      lede="Tools for being present, accepting uncertainty, keeping breathing space and communicating."
    >
      <ul className="list" aria-label="Practices">
        {TOOLS.map((t) => (
          <li key={t.href} className="stack" style={{ gap: 4 }}>
            <LinkButton href={t.href} block>
              {t.label}
            </LinkButton>
            <span className="meta">{t.about}</span>
          </li>
        ))}
      </ul>
    </Page>
  );
}
