// Recognises what a `run:` script does, from its shell words (never executed).

/** Splits a script into logical lines (joining `\` continuations) of shell words. */
export function scriptLines(script: string): string[][] {
  const joined = script.replace(/\\\r?\n/g, ' ');
  const out: string[][] = [];
  for (const raw of joined.split(/\r?\n/)) {
    const line = raw.replace(/(^|\s)#.*$/, '');
    // Split into commands on ; && || | so "cd x && pytest" yields a pytest command.
    for (const cmd of line.split(/;|&&|\|\||\|/)) {
      const words = cmd.match(/[^\s()`]+/g);
      if (words && words.length > 0) out.push(words.map((w) => w.replace(/^["']|["']$/g, '')));
    }
  }
  return out;
}

function base(word: string): string {
  const i = word.lastIndexOf('/');
  return (i >= 0 ? word.slice(i + 1) : word).toLowerCase();
}

/** Lines that install or print things do not run the tool. */
function isNoise(words: string[]): boolean {
  const first = base(words[0] ?? '');
  if (first === 'echo' || first === 'printf' || first === 'cat') return true;
  return words.some((w) => w === 'install' || w === 'add');
}

/** The command words after optional `python -m` / `uv run` / `poetry run` prefixes. */
function command(words: string[]): string[] {
  let w = words;
  for (;;) {
    const b = base(w[0] ?? '');
    if ((b === 'uv' || b === 'poetry' || b === 'pipenv' || b === 'hatch') && w[1] === 'run') w = w.slice(2);
    else if (/^python(\d(\.\d+)?)?$/.test(b) && w[1] === '-m' && w.length > 2) w = w.slice(2);
    else if (b === 'env' || b === 'time' || b === 'sudo') w = w.slice(1);
    else return w;
  }
}

function anyLine(script: string, pred: (cmd: string[], words: string[]) => boolean): boolean {
  return scriptLines(script).some((words) => !isNoise(words) && pred(command(words), words));
}

export function runsLinter(script: string): boolean {
  return anyLine(script, (cmd) => {
    const b = base(cmd[0] ?? '');
    if (b === 'ruff' || b === 'flake8' || b === 'pylint') return true;
    if (b === 'black') return cmd.includes('--check');
    if (b === 'pre-commit') return cmd.includes('run');
    return false;
  });
}

export function runsTests(script: string): boolean {
  return anyLine(script, (cmd, words) => {
    const b = base(cmd[0] ?? '');
    if (b === 'pytest' || b === 'py.test') return true;
    // python -m unittest (command() stripped "python -m")
    return b === 'unittest' && cmd !== words;
  });
}

/** A python script or module called train*, or a DVC pipeline reproduction. */
export function runsTraining(script: string): boolean {
  return anyLine(script, (cmd, words) => {
    const b = base(cmd[0] ?? '');
    if (b === 'dvc' && cmd[1] === 'repro') return true;
    if (cmd !== words && /(^|\.)train(_\w+)?$/.test(b)) return true; // python -m src.train
    return cmd.some((w) => /^train(_\w+)?\.py$/.test(base(w)));
  });
}

export function runsDataValidation(script: string): boolean {
  return anyLine(script, (cmd) =>
    cmd.some((w) => /validat|great[_-]expectations|pandera|^gx$/i.test(base(w)) && !/^--/.test(w)),
  );
}

export function runsQualityGate(script: string): boolean {
  return anyLine(script, (cmd) =>
    cmd.some((w) => /check[_-]metrics|threshold|(^|[_-])gate([_.-]|$)|^--min[-_]|^--fail[-_]under/i.test(base(w))),
  );
}

/** `|| true` or `|| exit 0` makes a failing command succeed. */
export function swallowsFailure(script: string): boolean {
  return /\|\|\s*(true|:|exit\s+0)\b/.test(script.replace(/\\\r?\n/g, ' '));
}

export function runsDockerBuild(script: string): boolean {
  return anyLine(script, (cmd) => {
    if (base(cmd[0] ?? '') !== 'docker') return false;
    const rest = cmd.slice(1).filter((w) => !w.startsWith('-'));
    return rest[0] === 'build' || (rest[0] === 'buildx' && rest[1] === 'build') || rest[0] === 'push';
  });
}

export function runsDockerPush(script: string): boolean {
  return anyLine(script, (cmd) => {
    if (base(cmd[0] ?? '') !== 'docker') return false;
    const rest = cmd.slice(1).filter((w) => !w.startsWith('-'));
    return rest[0] === 'push' || (rest[0] === 'buildx' && cmd.includes('--push'));
  });
}

/** The image references given with -t/--tag to docker build (or pushed by docker push). */
export function dockerTags(script: string): string[] {
  const tags: string[] = [];
  for (const words of scriptLines(script)) {
    if (base(words[0] ?? '') !== 'docker') continue;
    words.forEach((w, i) => {
      if ((w === '-t' || w === '--tag') && words[i + 1]) tags.push(words[i + 1]!);
      else if (w.startsWith('--tag=')) tags.push(w.slice(6));
    });
    const rest = words.slice(1).filter((w) => !w.startsWith('-'));
    if (rest[0] === 'push' && rest[1]) tags.push(rest[1]);
  }
  return tags;
}

/** Literal passwords given to `docker login -p` / `--password` (not a $VARIABLE). */
export function literalDockerPasswords(script: string): string[] {
  const out: string[] = [];
  for (const words of scriptLines(script)) {
    if (base(words[0] ?? '') !== 'docker' || !words.includes('login')) continue;
    words.forEach((w, i) => {
      let v: string | undefined;
      if (w === '-p' || w === '--password') v = words[i + 1];
      else if (w.startsWith('--password=')) v = w.slice('--password='.length);
      else if (/^-p\S/.test(w)) v = w.slice(2);
      if (v && !v.startsWith('$')) out.push(v);
    });
  }
  return out;
}

/** Runs a Python command (so the job needs a known Python). */
export function runsPython(script: string): boolean {
  return scriptLines(script).some((words) => {
    const b = base(words[0] ?? '');
    return /^(python\d?(\.\d+)?|pip\d?|pytest)$/.test(b);
  });
}
