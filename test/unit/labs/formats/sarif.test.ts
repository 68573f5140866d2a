import * as assert from 'node:assert/strict';
import { pathToUri, sarifReport, SARIF_BASE_ID } from '../../../../src/labs/formats/sarif';
import { sampleReport, sarifSchemaErrors, TOOL } from './formatHelpers';

type Log = {
  runs: Array<{
    tool: { driver: { name: string; version: string; rules: Array<Record<string, any>> } };
    results: Array<Record<string, any>>;
    originalUriBaseIds?: Record<string, { uri: string }>;
    invocations: Array<Record<string, any>>;
  }>;
};

describe('SARIF report', () => {
  it('is valid SARIF 2.1.0 (the vendored schema), with one rule per check and one result per finding', () => {
    const report = sampleReport();
    const log = sarifReport(report, TOOL, { rootUri: 'file:///work/lab/' }) as unknown as Log;
    assert.deepEqual(sarifSchemaErrors(log), []);
    const run = log.runs[0];
    assert.equal(run.tool.driver.name, 'MLOps Lab');
    assert.equal(run.tool.driver.version, '9.8.7');
    assert.equal(run.tool.driver.rules.length, report.checks.length);
    const rule = run.tool.driver.rules.find((r) => r.id === 'docker.pinned-base')!;
    assert.equal(rule.shortDescription.text, 'Title of docker.pinned-base');
    assert.match(rule.help.text, /Why 'docker\.pinned-base' matters\.[\s\S]*1\. Vague hint\.\n2\. Use 'COPY'\.[\s\S]*Lesson: Containerizing models/);
    assert.match(rule.help.markdown, /Use `COPY`/);
    assert.equal(rule.helpUri, undefined, 'lessons have no public address, so no helpUri is invented');
    assert.equal(rule.properties.lesson, 'containerization');
    assert.equal(run.results.length, 3, 'the passing check adds no result');
    assert.equal(run.originalUriBaseIds?.[SARIF_BASE_ID].uri, 'file:///work/lab/');
  });

  it('levels follow the extension: general practice warns, a lab requirement is a note', () => {
    const run = (sarifReport(sampleReport(), TOOL) as unknown as Log).runs[0];
    const levels = run.results.map((r) => [r.ruleId, r.level]);
    assert.deepEqual(levels, [['docker.pinned-base', 'warning'], ['docker.pinned-base', 'warning'], ['docker.expose-port', 'note']]);
    for (const r of run.results) assert.equal(run.tool.driver.rules[r.ruleIndex].id, r.ruleId);
  });

  it('regions are 1-based with an exclusive end column; a missing file gets its artifact only, never an invented line', () => {
    const run = (sarifReport(sampleReport(), TOOL) as unknown as Log).runs[0];
    const [first, multi, missing] = run.results.map((r) => r.locations[0].physicalLocation);
    assert.deepEqual(first.region, { startLine: 1, startColumn: 6, endLine: 1, endColumn: 19 });
    assert.deepEqual(first.artifactLocation, { uri: 'Dockerfile', uriBaseId: SARIF_BASE_ID });
    assert.deepEqual(multi.region, { startLine: 3, startColumn: 1, endLine: 5, endColumn: 4 });
    assert.equal(multi.artifactLocation.uri, 'sub%20dir/app.py');
    assert.deepEqual(missing, { artifactLocation: { uri: '.dockerignore', uriBaseId: SARIF_BASE_ID } });
  });

  it('paths carry the prefix to the report root; messages are plain text with the Markdown beside', () => {
    const run = (sarifReport(sampleReport({ pathPrefix: 'labs/docker/' }), TOOL) as unknown as Log).runs[0];
    assert.equal(run.results[0].locations[0].physicalLocation.artifactLocation.uri, 'labs/docker/Dockerfile');
    assert.equal(run.results[0].message.text, "FROM 'python:latest' moves.");
    assert.equal(run.results[0].message.markdown, 'FROM `python:latest` moves.');
    assert.equal(run.results[0].fixes[0].artifactChanges[0].artifactLocation.uri, 'labs/docker/Dockerfile');
  });

  it('a grading that could not run says so in the invocation and stays valid', () => {
    const log = sarifReport(sampleReport({ problem: 'The tests ran longer than 30 s and were stopped.', results: [] }), TOOL) as unknown as Log;
    assert.deepEqual(sarifSchemaErrors(log), []);
    assert.equal(log.runs[0].invocations[0].executionSuccessful, false);
    assert.match(log.runs[0].invocations[0].toolExecutionNotifications[0].message.text, /30 s/);
  });

  it('the schema check is live: it rejects a broken log', () => {
    const log = sarifReport(sampleReport(), TOOL) as unknown as Log;
    log.runs[0].results[0].level = 'warn';
    log.runs[0].results[1].locations[0].physicalLocation.region.startLine = 0;
    const errors = sarifSchemaErrors(log);
    assert.ok(errors.some((e) => e.includes('/results/0/level')), errors.join('\n'));
    assert.ok(errors.some((e) => e.includes('/results/1/locations/0/physicalLocation/region/startLine')), errors.join('\n'));
  });

  it('paths become URI references segment by segment', () => {
    assert.equal(pathToUri('a b/c#d/e%f.txt'), 'a%20b/c%23d/e%25f.txt');
    assert.equal(pathToUri('.github/workflows/ci.yml'), '.github/workflows/ci.yml');
  });
});
