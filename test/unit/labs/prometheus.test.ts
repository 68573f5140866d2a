import * as assert from 'node:assert/strict';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import fc from 'fast-check';
import { parse, parseDocument, LineCounter, isMap, isScalar, isSeq } from 'yaml';
import type { CheckResult, FileInput, Finding } from '../../../src/labs/types';
import { grader } from '../../../src/labs/prometheus/grader';
import { RULES_FILE } from '../../../src/labs/prometheus/model';
import { applyFix } from '../../../src/labs/dvc/positions';
import { SOLUTION } from '../../../src/labs/prometheus/checks/examples';
import { cases as promCases } from '../../../src/labs/prometheus/cases';
import { parsePromQL, durationSeconds } from '../../../src/labs/prometheus/promql';
import { valueOffsets } from '../../../src/labs/prometheus/scalarMap';
import { templateProblems } from '../../../src/labs/prometheus/template';
import { isPromDuration, promDurationSeconds } from '../../../src/labs/prometheus/checks/rule-file';
import { counterNames } from '../../../src/labs/prometheus/checks/counter-rate';

const ROOT = join(__dirname, '..', '..', '..', '..');
const LAB = join(ROOT, 'content', 'labs', 'prometheus-alerts');
const IDS = grader.checks.map((c) => c.id);

type Files = Map<string, FileInput>;

function readTree(dir: string, out: Files = new Map(), base = dir): Files {
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) readTree(p, out, base);
    else out.set(relative(base, p).split('\\').join('/'), { kind: 'text', text: readFileSync(p, 'utf8') });
  }
  return out;
}

const restrict = (all: Files): Files => new Map(grader.files.map((f) => [f, all.get(f) ?? { kind: 'missing' }]));
const starter = (): Files => restrict(readTree(join(LAB, 'starter')));
const solution = (): Files => restrict(readTree(join(LAB, 'solution'), readTree(join(LAB, 'starter'))));
const rules = (text: string): Files => new Map([[RULES_FILE, { kind: 'text', text }]]);
const textOf = (files: Files): string => {
  const f = files.get(RULES_FILE);
  assert.ok(f && f.kind === 'text');
  return f.text;
};

function assertWellFormed(results: CheckResult[], files: Files) {
  assert.deepEqual(results.map((r) => r.id), IDS);
  const f = files.get(RULES_FILE);
  const n = f && f.kind === 'text' ? f.text.split(/\r\n|\r|\n/).length : 1;
  for (const r of results) {
    assert.equal(r.status === 'pass', r.findings.length === 0, `${r.id}: status matches findings`);
    for (const x of r.findings) {
      assert.equal(x.file, RULES_FILE);
      assert.ok(x.line >= 1 && x.line <= n + 1 && x.endLine >= x.line && x.endLine <= n + 1, `${r.id}: line ${x.line}-${x.endLine} of ${n}`);
      assert.ok(x.column >= 1 && (x.endLine > x.line || x.endColumn >= x.column), `${r.id}: range ordered`);
      assert.ok(x.message.length > 20, `${r.id}: message`);
      assert.doesNotMatch(x.message, /could not run|undefined(?! variable)|\[object Object\]|NaN/, `${r.id}: ${x.message}`);
    }
  }
}

function grade(files: Files): CheckResult[] {
  const results = grader.grade(files);
  assertWellFormed(results, files);
  return results;
}
const result = (results: CheckResult[], id: string): CheckResult => {
  const r = results.find((x) => x.id === id);
  assert.ok(r, id);
  return r;
};
const failing = (results: CheckResult[]) => results.filter((r) => r.status === 'fail').map((r) => r.id);
function only(r: CheckResult): Finding {
  assert.equal(r.findings.length, 1, `${r.id}: ${JSON.stringify(r.findings.map((f) => f.message))}`);
  return r.findings[0];
}

/** The 1-based line and column of the first occurrence of `needle` (after `after`, if given). */
function where(text: string, needle: string, after = ''): { line: number; column: number } {
  const start = after ? text.indexOf(after) : 0;
  const i = text.indexOf(needle, start);
  assert.ok(i >= 0, `${needle} in text`);
  const before = text.slice(0, i).split('\n');
  return { line: before.length, column: before[before.length - 1].length + 1 };
}

describe('prometheus alerting lab grader', () => {
  describe('definitions and content', () => {
    const lab = parse(readFileSync(join(LAB, 'lab.yaml'), 'utf8')) as Record<string, unknown>;
    const course = parse(readFileSync(join(ROOT, 'content', 'course.yaml'), 'utf8')) as { topics: Array<{ id: string; lessons: string[]; labs?: string[] }> };
    const lessons = new Set(course.topics.flatMap((t) => t.lessons));

    it('has stable, unique, prefixed ids with a why, a lesson of the monitoring topic and 2-3 hints', () => {
      assert.equal(new Set(IDS).size, IDS.length);
      assert.ok(IDS.length >= 10, `${IDS.length} checks`);
      const monitoring = new Set(course.topics.find((t) => t.id === 'monitoring')?.lessons);
      for (const c of grader.checks) {
        assert.match(c.id, /^prom\.[a-z]+(-[a-z0-9]+)*$/);
        assert.ok(c.title.length > 5 && c.title.length < 70, c.id);
        assert.ok(c.why.length > 80, c.id);
        assert.ok(monitoring.has(c.lesson), `${c.id}: lesson ${c.lesson} of the monitoring topic`);
        assert.ok(c.hints.length >= 2 && c.hints.length <= 3, c.id);
        assert.ok(c.scope === 'general' || c.scope === 'lab', c.id);
      }
    });

    it('matches lab.yaml, and the monitoring topic lists the lab', () => {
      assert.equal(lab.id, grader.labId);
      assert.equal(lab.mainFile, grader.files[0]);
      assert.deepEqual(lab.files, grader.files);
      assert.equal(lab.topic, 'monitoring');
      assert.ok(course.topics.find((t) => t.id === 'monitoring')?.labs?.includes(grader.labId));
      for (const l of lab.lessons as string[]) assert.ok(lessons.has(l), l);
      for (const id of lab.starterFails as string[]) assert.ok(IDS.includes(id), id);
    });

    it('instructions link the monitoring lessons, date their aging facts and use no raw HTML', () => {
      const md = readFileSync(join(LAB, 'instructions.md'), 'utf8');
      const links = new Set([...md.matchAll(/\]\(lesson:([a-z0-9-]+)\)/g)].map((m) => m[1]));
      for (const l of ['production-metrics', 'model-drift', 'automated-retraining']) assert.ok(links.has(l), l);
      for (const l of links) assert.ok(lessons.has(l), l);
      assert.ok((md.match(/\(verified \d{4}-\d{2}-\d{2}; source: https:\/\/[^)\s]+\)/g) ?? []).length >= 3);
      assert.doesNotMatch(md, /<[a-z][^>]*>/i);
    });

    it('the starter fails exactly starterFails and the solution passes everything', () => {
      assert.deepEqual(failing(grade(starter())), lab.starterFails);
      assert.deepEqual(failing(grade(solution())), []);
    });

    it('the examples use the same reference solution as the content', () => {
      assert.equal(SOLUTION, textOf(solution()));
    });

    it('general checks say the file is wrong; lab checks say it is this lab that asks (starter and every rejected example)', () => {
      const byId = new Map(grader.checks.map((c) => [c.id, c]));
      const projects = [starter(), ...Object.values(promCases).flatMap((c) => c.invalid.map((x) => rules(x.files[RULES_FILE] as string)))];
      for (const r of projects.flatMap((p) => grade(p))) {
        const scope = byId.get(r.id)?.scope;
        for (const f of r.findings) {
          if (scope === 'lab') assert.match(f.message, /this lab|This lab|lab's|^This check needs/, `${r.id}: ${f.message}`);
          else assert.doesNotMatch(f.message, /This lab asks/, `${r.id}: ${f.message}`);
        }
      }
    });
  });

  describe('PromQL positions in the file', () => {
    const broken = 'sum(rate(model_errors_total[5m])) / sum(rate(model_requests_total[5m]) > 0.05';
    const wrap = (exprLines: string) => `groups:\n  - name: g\n    rules:\n      - alert: A\n        expr: ${exprLines}\n        for: 5m\n`;
    const cases: Array<[string, string]> = [
      ['plain', wrap('up{job="model-server"} = 0')],
      ['single-quoted with a doubled quote', wrap(`'up{job=''model-server''} = 0'`)],
      ['double-quoted with escapes', wrap('"up{job=\\"model-server\\"} = 0"')],
      ['literal block', wrap('|\n          up{job="model-server"}\n            = 0')],
      ['folded block', wrap('>-\n          up{job="model-server"}\n          = 0')],
      ['multi-line plain', wrap('up{job="model-server"}\n          = 0')],
      ['double-quoted over two lines with an escaped break', wrap('"up{job=\\"model-\\\n          server\\"} = 0"')],
    ];
    for (const [name, text] of cases) {
      it(`points at the stray "=" in a ${name} scalar`, () => {
        const f = only(result(grade(rules(text)), 'prom.promql-valid'));
        const lines = text.split('\n');
        assert.equal(lines[f.line - 1][f.column - 1], '=', `${name}: ${f.line}:${f.column} in\n${text}`);
        assert.equal(lines[f.line - 1][f.column], ' ');
        assert.match(f.message, /"=="/);
      });
    }
    it('reports an expression that ends too early at its end', () => {
      const text = wrap(`"${broken}`.replace(/$/, '"'));
      const f = only(result(grade(rules(text)), 'prom.promql-valid'));
      assert.equal(f.line, 5);
      assert.match(f.message, /ends too early/);
    });
    it('maps every visible character of random expressions in every scalar style back to itself', () => {
      const atom = fc.constantFrom('rate(x[5m])', 'sum by (le) (y)', '{a="b\\"c"}', "'q'", 'a # c', '1e3', '-x', 'z{k=~"v.*"}', 'f(\'s\')');
      fc.assert(
        fc.property(fc.array(atom, { minLength: 1, maxLength: 6 }), fc.constantFrom('plain', 'single', 'double', 'literal', 'folded'), (atoms, style) => {
          const expr = atoms.join(style === 'plain' ? ' + ' : ' +\n  ');
          if (style === 'plain' && /[#'"]|: /.test(expr)) return;
          const scalar =
            style === 'plain' ? expr
              : style === 'single' ? `'${expr.replace(/'/g, "''").replace(/\n {2}/g, '\n          ')}'`
                : style === 'double' ? `"${expr.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n')}"`
                  : `${style === 'literal' ? '|' : '>'}\n${expr.split('\n').map((l) => `          ${l}`).join('\n')}`;
          const text = `groups:\n  - name: g\n    rules:\n      - record: a:b:c\n        expr: ${scalar}\n`;
          const lc = new LineCounter();
          const doc = parseDocument(text, { lineCounter: lc });
          const rule = ((doc.contents as any).get('groups') as any).items[0].get('rules').items[0];
          const node = rule.get('expr', true);
          assert.ok(isScalar(node));
          const value = String(node.value);
          const offs = valueOffsets(text, node.range![0], node.range![1], node.type, value);
          assert.equal(offs.length, value.length + 1);
          for (let i = 0; i < value.length; i++) {
            const c = value[i];
            if (/\s/.test(c)) continue;
            const s = text[offs[i]];
            const escaped = style === 'double' && s === '\\';
            assert.ok(s === c || escaped, `${style}: value[${i}]=${JSON.stringify(c)} mapped to ${JSON.stringify(s)} in ${JSON.stringify(scalar)}`);
          }
          for (let i = 1; i < offs.length; i++) assert.ok(offs[i] >= offs[i - 1]);
        }),
        { numRuns: 300 },
      );
    });
  });

  describe('PromQL reading', () => {
    const problems = (s: string) => {
      const p = parsePromQL(s);
      return p.syntax ? [p.syntax.message] : p.semantic.map((x) => x.message);
    };
    it('accepts what Prometheus accepts', () => {
      for (const s of [
        'histogram_quantile(0.95, sum by (le) (rate(x_bucket[5m])))', 'sum(rate(x[5m])) by (job) / on(job) group_left(v) y', 'x offset 1h', 'rate(x[5m] offset 1h)',
        'max_over_time(rate(x[1m])[1h:5m])', 'topk(3, x)', 'count_values("v", x)', 'label_join(x, "d", ",", "a", "b")', 'round(x)', 'round(x, 0.5)', 'hour()', 'vector(1)',
        'time() - timestamp(x) > 60', '1 > bool 2', 'a - b offset 10m >= 1', 'a and b @ 100', 'x - x offset 1h', '-x offset 5m', '-x', 'x @ end()', '{__name__="x", job="a"}', '{"utf8.metric.name"}', 'x and y unless z', 'absent(nonexistent{job="x"})',
      ]) assert.deepEqual(problems(s), [], s);
    });
    it('refuses what Prometheus refuses, with its reason', () => {
      const cases: Array<[string, RegExp]> = [
        ['rate(x)', /argument 1 of rate\(\) must be a range vector.*x\[5m\]/],
        ['sum(x[5m])', /aggregates an instant vector/],
        ['x[5m] + 1', /must be numbers or instant vectors/],
        ['a - b[5m]', /must be numbers or instant vectors, and b\[5m\] is a range vector/],
        ['(a - b) offset 5m', /offset must follow a metric selector/],
        ['1 > 2', /needs the bool modifier/],
        ['1 and x', /works on two instant vectors/],
        ['x + bool y', /bool only goes after a comparison/],
        ['sum(x) offset 5m', /offset must follow a metric selector/],
        ['(x)[5m]', /a range such as \[5m\] goes right after a metric selector/],
        ['x[5m][1h:1m]', /subquery/],
        ['topk(x)', /takes a parameter and an instant vector/],
        ['clamp(x, 1)', /takes 3 arguments, and 2 are given/],
        ['foo(bar)', /foo\(\) is not a PromQL function/],
        ['holt_winters(x[1h], 0.5, 0.5)', /renamed double_exponential_smoothing/],
        ['{job=~".*"}', /needs at least one matcher/],
        ['x{__name__="y"}', /metric name is given twice/],
        ['a and on(x) group_left y', /group_left and group_right do not apply to and/],
        ['sum(rate(x[5m])', /ends too early/],
      ];
      for (const [s, re] of cases) assert.match(problems(s).join(' | '), re, s);
    });
    it('reads durations', () => {
      assert.equal(durationSeconds('1h30m'), 5400);
      assert.equal(durationSeconds('90'), 90);
      assert.equal(durationSeconds('5x'), undefined);
      assert.equal(promDurationSeconds('1h30m'), 5400);
      assert.ok(isPromDuration('0') && isPromDuration('1d12h') && !isPromDuration('5') && !isPromDuration('1.5m') && !isPromDuration('30m1h') && !isPromDuration(''));
    });
    it('recognises counters only where the name makes it certain', () => {
      assert.deepEqual([...counterNames(['a_total', 'h_seconds_bucket', 'h_seconds_count', 'pg_stat_activity_count', 'x_sum', 'x_bucket', 'y_bytes_sum', 'job:a_total:sum', 'up'])].sort(), ['a_total', 'h_seconds_bucket', 'h_seconds_count', 'x_bucket', 'x_sum', 'y_bytes_sum']);
    });
  });

  describe('alert templates', () => {
    it('accepts what Go templates accept', () => {
      for (const t of ['{{ $labels.job }} at {{ $value | humanizePercentage }}', '{{- if gt $value 0.5 }}high{{ else }}low{{ end -}}', '{{ range $k, $v := $labels }}{{ $k }}={{ $v }}{{ end }}', '{{ with $x := 1 }}{{ $x }}{{ end }}', '{{ "}}" }}', 'no template', '{{/* a comment $nope */}}'])
        assert.deepEqual(templateProblems(t), [], t);
    });
    it('refuses unclosed actions, undefined variables and unbalanced blocks', () => {
      assert.match(templateProblems('{{ $labels.job ')[0].message, /never closed/);
      assert.match(templateProblems('{{ $label.job }}')[0].message, /undefined variable \$label \(did you mean \$labels\?\)/);
      assert.match(templateProblems('{{ if $value }}x')[0].message, /never closed with \{\{ end \}\}/);
      assert.match(templateProblems('x{{ end }}')[0].message, /closes nothing/);
    });
  });

  describe('findings in detail', () => {
    it('the starter: one finding per mistake, at its place', () => {
      const files = starter();
      const text = textOf(files);
      const r = grade(files);
      const at = (id: string) => only(result(r, id));
      assert.deepEqual([at('prom.rule-file').line, at('prom.rule-file').column], [where(text, 'evaluation_interval').line, where(text, 'evaluation_interval').column]);
      const eq = where(text, '= 0', 'ModelServerDown');
      assert.deepEqual([at('prom.promql-valid').line, at('prom.promql-valid').column], [eq.line, eq.column]);
      assert.deepEqual([at('prom.rate-window').line, at('prom.rate-window').column], [where(text, '30s]').line, where(text, '30s]').column]);
      assert.match(at('prom.histogram-quantile').message, /sum by \(job\) drops the `le` label.*sum by \(job, le\)/);
      assert.match(at('prom.counter-rate').message, /sum\(rate\(model_requests_total\[5m\]\)\)/);
      assert.match(at('prom.error-ratio').message, /model_predictions_total, which counts successful predictions only/);
      assert.match(at('prom.absent-alert').message, /no alert uses absent\(\)/);
      assert.match(at('prom.alert-condition').message, /through the recording rule `model_latency_p95`.*always firing/);
      assert.deepEqual(result(r, 'prom.latency-alert').findings.map((f) => f.line), [where(text, 'histogram_quantile(0.5').line, where(text, 'ModelServerSlow').line]);
    });

    it('quick fixes: "=" becomes "==" in every scalar style, a misspelt group key is renamed', () => {
      const fixed = (text: string, id: string) => {
        const f = result(grade(rules(text)), id).findings[0];
        assert.ok(f?.fix, `${id} offers a fix`);
        return applyFix(text, f.fix);
      };
      for (const expr of ['up{job="model-server"} = 0', '"up{job=\\"model-server\\"} = 0"', '|\n          up{job="model-server"}\n            = 0']) {
        const text = SOLUTION.replace('expr: up{job="model-server"} == 0', `expr: ${expr}`);
        const after = fixed(text, 'prom.promql-valid');
        assert.equal(result(grade(rules(after)), 'prom.promql-valid').status, 'pass', after);
      }
      const after = fixed(textOf(starter()), 'prom.rule-file');
      assert.match(after, /\n    interval: 30s\n/);
      assert.equal(result(grade(rules(after)), 'prom.rule-file').status, 'pass');
      const moved = result(grade(rules(SOLUTION.replace('        for: 10m\n', '        for: 10m\n        summary: slow\n'))), 'prom.rule-file');
      assert.equal(only(moved).fix, undefined, 'no rename for a key that belongs under annotations');
    });

    it('a finding inside a literal block points at the right line', () => {
      const text = SOLUTION.replace('          sum by (job) (rate(model_requests_total[5m]))\n\n', '          sum by (job) (rate(model_predictions_total[5m]))\n\n');
      const f = only(result(grade(rules(text)), 'prom.error-ratio'));
      assert.deepEqual([f.line, f.column], [where(text, 'sum by (job) (rate(model_predictions').line, where(text, 'sum by (job) (rate(model_predictions').column]);
    });

    it('explains a threshold in milliseconds and a percentage threshold on a fraction', () => {
      const ms = only(result(grade(rules(SOLUTION.replace('p95_rate5m{job="model-server"} > 0.5', 'p95_rate5m{job="model-server"} > 500'))), 'prom.latency-alert'));
      assert.match(ms.message, /default buckets.*10 s.*500 ms is 0\.5/);
      const pct = only(result(grade(rules(SOLUTION.replace('ratio_rate5m{job="model-server"} > 0.05', 'ratio_rate5m{job="model-server"} > 5'))), 'prom.error-ratio'));
      assert.match(pct.message, /between 0 and 1.*0\.05/);
    });

    it('names the Kubernetes PrometheusRule wrapper', () => {
      const crd = `apiVersion: monitoring.coreos.com/v1\nkind: PrometheusRule\nspec:\n  groups: []\n`;
      assert.match(result(grade(rules(crd)), 'prom.rule-file').findings[0].message, /PrometheusRule object.*spec:/);
    });
  });

  describe('bad input', () => {
    const inputs: Array<[string, string]> = [
      ['empty', ''],
      ['comments only', '# nothing yet\n'],
      ['binary', 'PK\u0003\u0004\u0000\u00ff\u00fegroups\u0000'],
      ['a list', '- alert: A\n  expr: up == 0\n'],
      ['a scalar', 'just words\n'],
      ['groups is a mapping', 'groups:\n  name: a\n'],
      ['rules is a string', 'groups:\n  - name: a\n    rules: none\n'],
      ['tabs', 'groups:\n\t- name: a\n'],
      ['deep flow nesting', `groups: ${'['.repeat(5000)}${']'.repeat(5000)}\n`],
      ['deep PromQL nesting', `groups:\n  - name: a\n    rules:\n      - record: a:b:c\n        expr: ${'('.repeat(3000)}x${')'.repeat(3000)}\n`],
      ['alias bomb', `a: &a [x,x,x,x,x,x,x,x,x]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\ngroups: [*c]\n`],
      ['an expr alias', 'groups:\n  - name: a\n    rules:\n      - record: a:b:c\n        expr: &e rate(x_total[5m])\n      - record: a:b:d\n        expr: *e\n'],
      ['a numeric expr', 'groups:\n  - name: a\n    rules:\n      - record: a:b:c\n        expr: 1\n'],
    ];
    for (const [name, text] of inputs) {
      it(`${name}: no throw, one result per check`, () => {
        grade(rules(text));
      });
    }
    it('refuses a 10 MB file with a clear finding', () => {
      const big = `groups:\n${'# padding line of a generated rules file...................................\n'.repeat(140000)}`;
      assert.ok(big.length > 10_000_000);
      assert.match(only(result(grade(rules(big)), 'prom.rule-file')).message, /too large to grade/);
    });
    it('asks for the file when it is missing and says why it cannot read it', () => {
      assert.match(only(result(grade(new Map([[RULES_FILE, { kind: 'missing' }]])), 'prom.rule-file')).message, /^Create monitoring\/alerts\.yaml/);
      assert.match(only(result(grade(new Map([[RULES_FILE, { kind: 'unreadable', reason: 'it is not UTF-8 text' }]])), 'prom.latency-alert')).message, /not UTF-8/);
    });
    it('grades CRLF files like LF files, at the same lines', () => {
      const lf = grade(starter());
      const cr = grade(rules(textOf(starter()).replace(/\n/g, '\r\n')));
      assert.deepEqual(failing(cr), failing(lf));
      assert.deepEqual(cr.map((r) => r.findings.map((f) => [f.line, f.column])), lf.map((r) => r.findings.map((f) => [f.line, f.column])));
      assert.deepEqual(failing(grade(rules(SOLUTION.replace(/\n/g, '\r\n')))), []);
    });
  });

  describe('properties', () => {
    it('random texts never break the grader', () => {
      fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (s) => void grade(rules(s))), { numRuns: 200 });
    });
    it('random edits of the solution never break the grader, and every expression is judged once parsed', () => {
      const base = SOLUTION.split('\n');
      fc.assert(
        fc.property(fc.array(fc.tuple(fc.nat(), fc.nat(), fc.string({ maxLength: 4, unit: 'grapheme-ascii' })), { minLength: 1, maxLength: 5 }), (edits) => {
          const ls = [...base];
          for (const [at, col, s] of edits) {
            const i = at % ls.length;
            const c = col % (ls[i].length + 1);
            ls[i] = ls[i].slice(0, c) + s + ls[i].slice(c);
          }
          grade(rules(ls.join('\n')));
        }),
        { numRuns: 200 },
      );
    });
  });

  it('the YAML reader sees what the grader sees (groups and rules of the solution)', () => {
    const doc = parseDocument(SOLUTION);
    const groups = (doc.contents as any).get('groups');
    assert.ok(isMap(doc.contents) && isSeq(groups));
    assert.equal(groups.items.length, 2);
  });
});
