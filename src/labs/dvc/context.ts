// What every check reads, loaded once per grading run and shared.
import type { Finding, ProjectFiles } from '../types';
import { parseIni, type Ini } from './ini';
import { GitIgnores } from './gitignore';
import { isMap, isScalar, isSeq } from 'yaml';
import type { Scalar } from 'yaml';
import { pairOf, scalarText } from './parse';
import { isExternalOrTemplated, normalizePath } from './paths';
import { fileFinding, type Source } from './positions';
import { loadYaml, readModel, resolverOf, textFile, type DvcModel, type TextFile, type YamlFile } from './parse';

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
      return y && y.doc ? readModel(y as YamlFile, resolverOf(this.templateValues)) : undefined;
    });
  }

  /** The values `${…}` in dvc.yaml can refer to: params.yaml, then the mappings listed under top-level `vars`. */
  private get templateValues(): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    const p = this.files.has(PARAMS_YAML) ? this.params : undefined;
    if (p?.ok && p.value.data && typeof p.value.data === 'object' && !Array.isArray(p.value.data)) Object.assign(out, p.value.data);
    const data = this.dvcYaml?.data as { vars?: unknown } | undefined;
    if (data && Array.isArray(data.vars)) for (const v of data.vars) if (v && typeof v === 'object' && !Array.isArray(v)) Object.assign(out, v);
    return out;
  }

  /** dvc.yaml parses as a mapping but has no `stages:` (dvclive's metrics-only file, an artifacts-only one). */
  get stagesAbsent(): boolean {
    const y = this.dvcYaml;
    return !!y && !!y.doc && y.errors.length === 0 && isMap(y.doc.contents) && !pairOf(y.doc.contents, 'stages');
  }

  /** Why a check of this lab's pipeline cannot run (undefined when it can). */
  get modelUnavailable(): Finding[] | undefined {
    if (this.model) return undefined;
    const t = this.dvcText;
    if (!t.ok) return [t.finding];
    if (this.stagesAbsent) {
      return [fileFinding(DVC_YAML, 'This lab asks for a pipeline under a top-level `stages:` mapping, and dvc.yaml has none yet (metrics, plots, params or artifacts alone are valid DVC, but define no stage).')];
    }
    return [
      fileFinding(
        DVC_YAML,
        'This check needs a dvc.yaml that parses and has a `stages:` mapping; fix the problems reported by "dvc.yaml follows DVC\'s format" first.',
      ),
    ];
  }

  /** For checks true of any DVC project: no stages means nothing to check. */
  get stagesUnavailable(): Finding[] {
    return this.stagesAbsent ? [] : (this.modelUnavailable ?? []);
  }

  /** The paths under dvc.yaml's top-level `metrics:` (written by dvclive, kept in git unless inside a cached output). */
  get topMetrics(): Array<{ raw: string; path: string; node: Scalar }> {
    return this.memo('topMetrics', () => {
      const y = this.dvcYaml;
      const list = y?.doc && isMap(y.doc.contents) ? pairOf(y.doc.contents, 'metrics')?.value : undefined;
      if (!isSeq(list)) return [];
      const out: Array<{ raw: string; path: string; node: Scalar }> = [];
      for (const item of list.items) {
        const raw = scalarText(item);
        if (!isScalar(item) || !raw) continue;
        out.push({ raw, path: isExternalOrTemplated(raw) ? '' : normalizePath(raw), node: item });
      }
      return out;
    });
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

  /** The root .gitignore, or why it cannot be read. */
  get rootGitignore(): TextFile {
    return this.memo('rootGitignore', () =>
      textFile(this.files, GITIGNORE, 'it tells git which paths to leave alone (DVC adds its outputs there).'),
    );
  }

  /** Every .gitignore the grader was given (root and nested), as one matcher. */
  get gitignores(): GitIgnores {
    return this.memo('gitignores', () => new GitIgnores(this.files));
  }
}
