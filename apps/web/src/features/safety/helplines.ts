/**
 * Well-known national helplines. Phone numbers only: the app links to nothing outside
 * itself, and a number works even when the network does not. Checked 2026-11.
 */
export interface Helpline {
  country: string;
  name: string;
  what: string;
  phone: string;
  /** Digits for a tel: link. */
  dial: string;
}

export const HELPLINES: Helpline[] = [
  {
    country: 'United States',
    name: 'National Domestic Violence Hotline',
    what: 'Abuse in a relationship, 24/7. You can also text START to 88788.',
    phone: '1-800-799-7233',
    dial: '18007997233',
  },
  {
    country: 'United States & Canada',
    name: '988 Suicide & Crisis Lifeline',
    what: 'If you are thinking about hurting yourself. Call or text.',
    phone: '988',
    dial: '988',
  },
  {
    country: 'United Kingdom',
    name: 'National Domestic Abuse Helpline (Refuge)',
    what: 'Free, confidential, 24/7.',
    phone: '0808 2000 247',
    dial: '08082000247',
  },
  {
    country: 'UK & Ireland',
    name: 'Samaritans',
    what: 'Someone to talk to about anything, 24/7.',
    phone: '116 123',
    dial: '116123',
  },
  {
    country: 'Ireland',
    name: "Women's Aid",
    what: 'Domestic violence helpline, 24/7.',
    phone: '1800 341 900',
    dial: '1800341900',
  },
  {
    country: 'Australia',
    name: '1800RESPECT',
    what: 'Domestic, family and sexual violence counselling, 24/7.',
    phone: '1800 737 732',
    dial: '1800737732',
  },
  {
    country: 'Australia',
    name: 'Lifeline',
    what: 'Crisis support, 24/7.',
    phone: '13 11 14',
    dial: '131114',
  },
  {
    country: 'New Zealand',
    name: "Women's Refuge",
    what: 'Crisis line, 24/7.',
    phone: '0800 733 843',
    dial: '0800733843',
  },
  {
    country: 'New Zealand',
    name: 'Need to talk? 1737',
    what: 'Call or text a trained counsellor, 24/7.',
    phone: '1737',
    dial: '1737',
  },
];
