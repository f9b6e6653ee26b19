import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { coachCommand } from './command.ts';

async function run(args: string[], input = '') {
  const stdin = new PassThrough();
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  stdout.on('data', (d: Buffer) => {
    out += d.toString();
  });
  stderr.on('data', (d: Buffer) => {
    err += d.toString();
  });
  stdin.end(input);
  const code = await coachCommand(args, { stdin, stdout, stderr });
  return { code, out, err };
}

const parseLines = (out: string): unknown[] =>
  out
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l));

describe('securebase coach', () => {
  it('prints a readable analysis with rewrites', async () => {
    const { code, out } = await run(["you never text back, you obviously don't care"]);
    expect(code).toBe(0);
    expect(out).toContain('overgeneralizing: "you never text back"');
    expect(out).toContain('mind reading: "you obviously don\'t care"');
    expect(out).toMatch(/question: +When you didn't text back \[when\?\]/);
    expect(out).toContain('i-statement:');
    expect(out).toContain('pause:');
  });

  it('flags protest, the ninth label, with a time-boxed pause', async () => {
    const { out } = await run(['Whatever. Do what you want.']);
    expect(out).toContain('protest: "Whatever"');
    expect(out).not.toContain('Nothing to flag');
    expect(out).toMatch(/pause: +I'm feeling hurt, so I'm taking twenty minutes to calm down/);
    const [line] = parseLines(
      (await run(['--jsonl'], JSON.stringify({ id: 'p', text: 'I can see you were online.' }))).out,
    );
    expect(line).toMatchObject({ id: 'p', labels: ['protest'] });
  });

  it('says so when nothing is flagged, and points to Help instead of coaching danger', async () => {
    expect((await run(['can u grab bread on the way home'])).out).toContain('Nothing to flag');
    const danger = await run(["he said he'd hurt me if i leave"]);
    expect(danger.out).toContain('/help');
    expect(danger.out).not.toContain('Another way to say it');
  });

  it('reads JSON lines and writes one result line per input', async () => {
    const input = [
      JSON.stringify({ id: 'a', text: "you're so selfish" }),
      JSON.stringify({ id: 'b', text: 'see you at 8' }),
      JSON.stringify({ id: 'c', text: 'i want to die' }),
    ].join('\n');
    const { code, out } = await run(['--jsonl'], input);
    expect(code).toBe(0);
    const [a, b, c] = parseLines(out);
    expect(a).toMatchObject({ id: 'a', labels: ['labeling'], safety: null });
    expect(a).toHaveProperty('flags.0', {
      label: 'labeling',
      start: 0,
      end: 17,
      quote: "you're so selfish",
      why: expect.any(String),
    });
    expect(a).toHaveProperty('rewrites.0.kind', 'question');
    expect(b).toEqual({ id: 'b', labels: [], flags: [], rewrites: [], safety: null });
    expect(c).toMatchObject({
      id: 'c',
      labels: [],
      rewrites: [],
      safety: { category: 'self_harm' },
    });
  });

  it('honours --mode journal', async () => {
    // In a journal "she" is read as the partner; in a message only "you" is.
    const input = JSON.stringify({ id: 'j', text: 'she never listens to me' });
    const [journal] = parseLines((await run(['--jsonl', '--mode', 'journal'], input)).out);
    const [message] = parseLines((await run(['--jsonl'], input)).out);
    expect(journal).toMatchObject({ labels: ['overgeneralizing'] });
    expect(message).toMatchObject({ labels: [] });
  });

  it('answers a bad line with an error line for that id and carries on', async () => {
    const input = [
      '{not json',
      JSON.stringify({ id: 'x', text: 5 }),
      JSON.stringify({ id: 'y', text: 'ok' }),
    ].join('\n');
    const { code, out } = await run(['--jsonl'], input);
    expect(code).toBe(1);
    const [bad, wrong, good] = parseLines(out);
    expect(bad).toMatchObject({ id: null, line: 1, error: 'not valid JSON' });
    expect(wrong).toMatchObject({ id: 'x', line: 2, error: expect.stringContaining('text') });
    expect(good).toMatchObject({ id: 'y', labels: [] });
  });

  it('rejects bad options with usage and exit code 2', async () => {
    expect((await run(['--mode', 'poem', 'hi'])).code).toBe(2);
    expect((await run([])).code).toBe(2);
    expect((await run(['--jsonl', 'text'])).code).toBe(2);
    expect((await run(['--help'])).out).toContain('--jsonl');
  });
});
