// The port the lab's server listens on: from the start command (uvicorn/gunicorn/fastapi flags, also inside
// `sh -c`), else from app/main.py, else uvicorn's default.
import { MAIN_PY, type Context } from './context';
import { chainInstructions } from './model';
import { resolveAt, type ParsedDockerfile } from './parse';
import { scanPort } from './python';
import { shellOf } from './shell';

export interface PortInfo {
  port: number;
  source: string;
}

const PORT_FLAGS = ['--port', '-p', '--bind', '-b', '--server.port'];

export function serverPort(p: ParsedDockerfile, ctx: Context): PortInfo {
  const chain = chainInstructions(p);
  const last = (kw: string) => chain.filter((i) => i.getKeyword() === kw).slice(-1);
  for (const ins of [...last('ENTRYPOINT'), ...last('CMD')]) {
    for (const cmd of shellOf(p, ins).commands) {
      const w = cmd.words;
      for (let i = 0; i < w.length; i++) {
        let value: string | null = null;
        const v = w[i].text;
        if (PORT_FLAGS.includes(v) && w[i + 1]) value = w[i + 1].text;
        else if (/^--(port|bind|server\.port)=/.test(v)) value = v.slice(v.indexOf('=') + 1);
        if (value === null) continue;
        const resolved = resolveAt(p, value, ins.getRange().start.line) ?? value;
        const m = /(?:^|:)(\d{1,5})$/.exec(resolved);
        if (m) return { port: Number(m[1]), source: `${v} ${value} in the ${ins.getKeyword()} on line ${ins.getRange().start.line + 1}` };
      }
    }
  }
  const main = ctx.files.get(MAIN_PY);
  if (main && main.kind === 'text' && main.text.length <= 1_000_000) {
    const found = scanPort(main.text);
    if (found) return { port: found.port, source: `port=${found.port} in ${MAIN_PY} (line ${found.line})` };
  }
  return { port: 8000, source: 'uvicorn\'s default port' };
}
