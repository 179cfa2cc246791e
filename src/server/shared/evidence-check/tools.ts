// The programs the evidence reader runs (poppler's pdfinfo/pdftotext/pdftoppm, tesseract), found once on
// INOVDA_EVIDENCE_TOOLS_PATH, and how they are run: at the lowest CPU priority (nice 19, and the idle scheduling
// class where chrt exists) with one OCR thread and a time limit, so a long scan never slows the requests of the
// instance reading it.
import { spawn } from 'node:child_process';
import { access, constants } from 'node:fs/promises';
import { delimiter, join } from 'node:path';

export interface EvidenceTools {
  pdfinfo: string | null;
  pdftotext: string | null;
  pdftoppm: string | null;
  tesseract: string | null;
  /** Tesseract's installed models among those the reader uses ('ind' first, 'eng' as the fallback). */
  ocrLanguages: string[];
  /** How to lower a tool's priority: the command words put before it. */
  lowPriority: string[];
}

async function findIn(dirs: string[], name: string): Promise<string | null> {
  for (const dir of dirs) {
    const path = join(dir, name);
    if (
      await access(path, constants.X_OK).then(
        () => true,
        () => false,
      )
    )
      return path;
  }
  return null;
}

/** Where the system's own helpers (nice, chrt) are: always the standard folders, whatever the tools path says. */
const SYSTEM_DIRS = ['/usr/bin', '/bin', '/usr/sbin', '/sbin'];

export async function findTools(toolsPath: string, timeoutMs = 10_000): Promise<EvidenceTools> {
  const dirs = toolsPath.split(delimiter).filter(Boolean);
  const [pdfinfo, pdftotext, pdftoppm, tesseract, nice, chrt] = await Promise.all([
    findIn(dirs, 'pdfinfo'),
    findIn(dirs, 'pdftotext'),
    findIn(dirs, 'pdftoppm'),
    findIn(dirs, 'tesseract'),
    findIn(SYSTEM_DIRS, 'nice'),
    findIn(SYSTEM_DIRS, 'chrt'),
  ]);
  const lowPriority: string[] = [];
  if (chrt && (await runs([chrt, '--idle', '0', 'true'], timeoutMs))) lowPriority.push(chrt, '--idle', '0');
  if (nice) lowPriority.push(nice, '-n', '19');
  let ocrLanguages: string[] = [];
  if (tesseract) {
    const listed = await runTool({ lowPriority: [] }, tesseract, ['--list-langs'], { timeoutMs }).catch(() => null);
    const langs = new Set((listed?.stdout.toString() ?? '').split(/\r?\n/).map((l) => l.trim()));
    ocrLanguages = ['ind', 'eng'].filter((l) => langs.has(l));
  }
  return { pdfinfo, pdftotext, pdftoppm, tesseract, ocrLanguages, lowPriority };
}

async function runs(command: string[], timeoutMs: number): Promise<boolean> {
  return runTool({ lowPriority: [] }, command[0], command.slice(1), { timeoutMs }).then(
    () => true,
    () => false,
  );
}

export class ToolError extends Error {
  constructor(
    message: string,
    readonly reason: 'timeout' | 'exit' | 'spawn',
  ) {
    super(message);
  }
}

/** Output beyond this is cut off: one page's text or a tool's answer is far smaller. */
const MAX_OUTPUT = 8 * 1024 * 1024;

/** Runs one tool at low priority; resolves with its output, rejects on a non-zero exit, a spawn error or the time limit. */
export function runTool(
  tools: Pick<EvidenceTools, 'lowPriority'>,
  program: string,
  args: string[],
  opts: { timeoutMs: number; signal?: AbortSignal },
): Promise<{ stdout: Buffer; stderr: string }> {
  const [command, ...rest] = [...tools.lowPriority, program, ...args];
  return new Promise((resolve, reject) => {
    // One OCR thread: the machine's other cores stay with the requests.
    const child = spawn(command, rest, { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, OMP_THREAD_LIMIT: '1', LC_ALL: 'C.UTF-8' } });
    const out: Buffer[] = [];
    let size = 0;
    let stderr = '';
    let settled = false;
    const finish = (err: Error | null) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      opts.signal?.removeEventListener('abort', onAbort);
      if (err) reject(err);
      else resolve({ stdout: Buffer.concat(out), stderr });
    };
    const kill = (why: string) => {
      child.kill('SIGKILL');
      finish(new ToolError(`${program} ${why}`, 'timeout'));
    };
    const onAbort = () => kill('stopped');
    const timer = setTimeout(() => kill(`took longer than ${opts.timeoutMs} ms`), opts.timeoutMs);
    opts.signal?.addEventListener('abort', onAbort);
    child.stdout.on('data', (chunk: Buffer) => {
      if (size >= MAX_OUTPUT) return;
      out.push(chunk);
      size += chunk.length;
    });
    child.stderr.on('data', (chunk: Buffer) => {
      if (stderr.length < 4000) stderr += chunk.toString();
    });
    child.on('error', (err) => finish(new ToolError(`${program}: ${err.message}`, 'spawn')));
    child.on('close', (code) => finish(code === 0 ? null : new ToolError(`${program} exited with ${code}: ${stderr.trim().slice(0, 300)}`, 'exit')));
  });
}
