// What every check reads, loaded once per grading run and shared.
import type { Finding, ProjectFiles } from '../types';
import { parseIni, type Ini } from './ini';
import { GitIgnore } from './gitignore';
import { fileFinding, type Source } from './positions';
import { loadYaml, readModel, textFile, type DvcModel, type TextFile, type YamlFile } from './parse';

export const DVC_YAML = 'dvc.yaml';
export const PARAMS_YAML = 'params.yaml';
export const DVC_CONFIG = '.dvc/config';
export const GITIGNORE = '.gitignore';

type Loaded<T> = { ok: true; value: T; src: Source } | { ok: false; missing: boolean; finding: Finding };

export class Context {
  private cache = new Map<string, unknown>();

  constructor(readonly files: ProjectFiles) {}

  private memo<T>(key: string, make: () => T): T {
    if (!this.cache.has(key)) this.cache.set(key, make());
    return this.cache.get(key) as T;
  }

  get dvcText(): TextFile {
    return this.memo('dvcText', () =>
      textFile(this.files, DVC_YAML, 'it defines the pipeline stages (run `dvc stage add` or write it by hand).'),
    );
  }

  /** dvc.yaml parsed (undefined when it is not a readable text). */
  get dvcYaml(): (YamlFile | { src: Source; errors: Finding[]; doc?: undefined; data?: undefined }) | undefined {
    return this.memo('dvcYaml', () => {
      const t = this.dvcText;
      return t.ok ? loadYaml(DVC_YAML, t.src.text) : undefined;
    });
  }

  get model(): DvcModel | undefined {
    return this.memo('model', () => {
      const y = this.dvcYaml;
      return y && y.doc ? readModel(y as YamlFile) : undefined;
    });
  }

  /** Why a check that needs the stages cannot run (undefined when it can). */
  get modelUnavailable(): Finding[] | undefined {
    if (this.model) return undefined;
    const t = this.dvcText;
    if (!t.ok) return [t.finding];
    return [
      fileFinding(
        DVC_YAML,
        'This check needs a dvc.yaml that parses and has a `stages:` mapping; fix the problems reported by "dvc.yaml follows DVC\'s format" first.',
      ),
    ];
  }

  get params(): Loaded<YamlFile> {
    return this.memo('params', () => {
      const t = textFile(this.files, PARAMS_YAML, 'it holds the hyperparameters your stages read (e.g. `train:` with `epochs: 10`).');
      if (!t.ok) return t;
      const y = loadYaml(PARAMS_YAML, t.src.text);
      if (!y.doc || y.errors.length > 0) return { ok: false, missing: false, finding: y.errors[0] };
      return { ok: true, value: y as YamlFile, src: y.src };
    });
  }

  get config(): Loaded<Ini> {
    return this.memo('config', () => {
      const t = textFile(this.files, DVC_CONFIG, '`dvc init` creates it; it holds the [core] section and your remotes.');
      if (!t.ok) return t;
      return { ok: true, value: parseIni(t.src.text), src: t.src };
    });
  }

  get gitignore(): Loaded<GitIgnore> {
    return this.memo('gitignore', () => {
      const t = textFile(this.files, GITIGNORE, 'it tells git which paths to leave alone (DVC adds its outputs there).');
      if (!t.ok) return t;
      return { ok: true, value: new GitIgnore(t.src.text), src: t.src };
    });
  }
}
