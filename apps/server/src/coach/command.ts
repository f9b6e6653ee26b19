/**
 * `securebase coach`: the message coach on the command line.
 *   securebase coach [--mode message|journal] "text"   readable flags and rewrites
 *   securebase coach --jsonl [--mode message|journal]  stdin {"id","text"} lines → one JSON line each
 * Texts are processed in memory only; nothing is logged or stored. A bad input line yields an
 * error line for that id (and exit code 1 at the end), never a crash.
 */
import { createInterface } from 'node:readline';
import { type Analysis, analyse, type Mode, suggest } from '@securebase/core/coach';
import { z } from 'zod/mini';

export interface CoachIO {
  stdin: NodeJS.ReadableStream;
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
}

const MAX_TEXT = 10_000;
const USAGE = `Usage:
  securebase coach [--mode message|journal] "your message"
  securebase coach --jsonl [--mode message|journal] < lines.jsonl
      each input line: {"id": "...", "text": "..."}; each output line:
      {"id", "labels", "flags": [{"label", "start", "end", "quote", "why"}],
       "rewrites": [{"kind", "text"}], "safety": null | {...}}
`;

const Line = z.object({ id: z.string(), text: z.string().check(z.maxLength(MAX_TEXT)) });

interface Parsed {
  mode: Mode;
  jsonl: boolean;
  help: boolean;
  text: string;
}

function parseArgs(args: string[]): Parsed | string {
  const out: Parsed = { mode: 'message', jsonl: false, help: false, text: '' };
  const words: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i] ?? '';
    if (a === '--jsonl') out.jsonl = true;
    else if (a === '--help' || a === '-h') out.help = true;
    else if (a === '--mode' || a.startsWith('--mode=')) {
      const value = a === '--mode' ? args[++i] : a.slice('--mode='.length);
      if (value !== 'message' && value !== 'journal') return `--mode must be message or journal`;
      out.mode = value;
    } else if (a.startsWith('--')) return `unknown option ${a}`;
    else words.push(a);
  }
  out.text = words.join(' ');
  if (out.jsonl && out.text !== '') return 'give texts on stdin with --jsonl, not as arguments';
  return out;
}

function result(id: string, text: string, mode: Mode) {
  const analysis = analyse(text, { mode });
  return {
    id,
    labels: [...new Set(analysis.flags.map((f) => f.label))],
    flags: analysis.flags.map(({ label, start, end, quote, why }) => ({
      label,
      start,
      end,
      quote,
      why,
    })),
    rewrites: suggest(text, analysis),
    safety: analysis.safety,
  };
}

function idOf(value: unknown): string | null {
  if (
    typeof value === 'object' &&
    value !== null &&
    'id' in value &&
    typeof value.id === 'string'
  ) {
    return value.id;
  }
  return null;
}

function lineResult(raw: string, n: number, mode: Mode): { out: object; ok: boolean } {
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return { ok: false, out: { id: null, line: n, error: 'not valid JSON' } };
  }
  const parsed = Line.safeParse(value);
  if (!parsed.success) {
    const why = parsed.error.issues.map((i) => `${i.path.join('.') || 'line'}: ${i.message}`);
    return {
      ok: false,
      out: {
        id: idOf(value),
        line: n,
        error: `expected {"id": string, "text": string}; ${why.join('; ')}`,
      },
    };
  }
  return { ok: true, out: result(parsed.data.id, parsed.data.text, mode) };
}

async function runJsonl(io: CoachIO, mode: Mode): Promise<number> {
  let failed = 0;
  let n = 0;
  for await (const raw of createInterface({
    input: io.stdin,
    crlfDelay: Number.POSITIVE_INFINITY,
  })) {
    n++;
    if (raw.trim() === '') continue;
    const { out, ok } = lineResult(raw, n, mode);
    if (!ok) failed++;
    io.stdout.write(`${JSON.stringify(out)}\n`);
  }
  return failed > 0 ? 1 : 0;
}

function readable(text: string, analysis: Analysis, mode: Mode): string {
  const lines = [`Coach (${mode}): ${text}`, ''];
  if (analysis.safety !== null) {
    lines.push(
      analysis.safety.message,
      `Help: open the app's Help page (${analysis.safety.helpPath}).`,
    );
    return `${lines.join('\n')}\n`;
  }
  if (analysis.flags.length === 0) {
    lines.push('Nothing to flag: this reads clearly.');
    return `${lines.join('\n')}\n`;
  }
  lines.push('What the coach noticed:');
  for (const f of analysis.flags) {
    lines.push(`  - ${f.label.replace('_', ' ')}: "${f.quote}" (characters ${f.start}-${f.end})`);
    lines.push(`    ${f.why}`);
  }
  lines.push('', 'Another way to say it:');
  for (const r of suggest(text, analysis)) lines.push(`  ${`${r.kind}:`.padEnd(13)} ${r.text}`);
  return `${lines.join('\n')}\n`;
}

export async function coachCommand(args: string[], io: CoachIO): Promise<number> {
  const parsed = parseArgs(args);
  if (typeof parsed === 'string') {
    io.stderr.write(`securebase coach: ${parsed}\n\n${USAGE}`);
    return 2;
  }
  if (parsed.help) {
    io.stdout.write(USAGE);
    return 0;
  }
  if (parsed.jsonl) return await runJsonl(io, parsed.mode);
  if (parsed.text.trim() === '') {
    io.stderr.write(`securebase coach: give a text to look at\n\n${USAGE}`);
    return 2;
  }
  if (parsed.text.length > MAX_TEXT) {
    io.stderr.write(`securebase coach: text is longer than ${MAX_TEXT} characters\n`);
    return 2;
  }
  io.stdout.write(readable(parsed.text, analyse(parsed.text, { mode: parsed.mode }), parsed.mode));
  return 0;
}
