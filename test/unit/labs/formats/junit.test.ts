import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { isXmlChar, junitReport, xmlEscape } from '../../../../src/labs/formats/junit';
import { parseXml, sampleReport, TOOL, type XmlElement } from './formatHelpers';

const kids = (el: XmlElement, name: string) => el.children.filter((c) => c.name === name);
/** What a message becomes in XML: characters XML 1.0 cannot hold are spelled [U+XXXX]. */
const expected = (s: string) => [...s].map((ch) => (isXmlChar(ch.codePointAt(0)!) ? ch : `[U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}]`)).join('');

describe('JUnit report', () => {
  it('has the common shape: testsuites > testsuite > one testcase per check > one failure per finding', () => {
    const report = sampleReport();
    const root = parseXml(junitReport(report, TOOL));
    assert.equal(root.name, 'testsuites');
    assert.deepEqual([root.attributes.tests, root.attributes.failures, root.attributes.errors], ['3', '2', '0']);
    const [suite] = kids(root, 'testsuite');
    assert.equal(kids(root, 'testsuite').length, 1);
    assert.equal(suite.attributes.name, 'Containerize the model server (containerize-model-server)');
    for (const a of ['tests', 'failures', 'errors', 'skipped']) assert.match(suite.attributes[a], /^\d+$/, a);
    const cases = kids(suite, 'testcase');
    assert.equal(cases.length, report.checks.length);
    assert.equal(Number(suite.attributes.tests), cases.length);
    assert.equal(Number(suite.attributes.failures), cases.filter((c) => kids(c, 'failure').length).length);
    for (const c of cases) {
      assert.ok(c.attributes.name && c.attributes.classname === 'mlops-lab.containerize-model-server');
      for (const f of kids(c, 'failure')) assert.ok(f.attributes.message && f.attributes.type && f.text);
    }
    assert.deepEqual(cases.map((c) => kids(c, 'failure').length), [2, 1, 0]);
    const [pinned, multi] = kids(cases[0], 'failure');
    assert.equal(pinned.attributes.type, 'general-practice');
    assert.equal(pinned.text, "Dockerfile:1:6: FROM 'python:latest' moves.");
    assert.equal(multi.text, 'sub dir/app.py:3:1: Spans three lines.');
    const [missing] = kids(cases[1], 'failure');
    assert.equal(missing.attributes.type, 'lab-requirement');
    assert.equal(missing.text, ".dockerignore: Create '.dockerignore'.", 'a missing file has no line to name');
  });

  it('escapes <, &, quotes and control characters, and a strict XML parser gives the text back', () => {
    const nasty = 'a < b && c > "d" \'e\' \u0001\u001b[31m\ttab\r\nnext ]]> \uD800 😀';
    const report = sampleReport({ labTitle: `T <&> "${nasty}"` });
    report.results = [{ id: 'docker.pinned-base', status: 'fail', findings: [{ file: 'Docker<file>&', line: 2, column: 1, endLine: 2, endColumn: 2, message: nasty }] }];
    const xml = junitReport(report, TOOL);
    assert.ok(![...xml].some((ch) => !isXmlChar(ch.codePointAt(0)!)), 'only XML 1.0 characters');
    const root = parseXml(xml);
    const suite = kids(root, 'testsuite')[0];
    assert.equal(suite.attributes.name, `${expected(`T <&> "${nasty}"`)} (containerize-model-server)`);
    const failure = kids(kids(suite, 'testcase')[0], 'failure')[0];
    assert.equal(failure.attributes.message, expected(nasty));
    assert.equal(failure.text, `Docker<file>&:2:1: ${expected(nasty)}`);
  });

  it('any text survives a round trip through xmlEscape and a strict parser (property)', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary' }), (s) => {
      const root = parseXml(`<a v="${xmlEscape(s, true)}">${xmlEscape(s)}</a>`);
      assert.equal(root.attributes.v, expected(s));
      assert.equal(root.text, expected(s));
    }));
  });

  it('the XML check is live: the parser rejects unescaped text', () => {
    assert.throws(() => parseXml('<a v="<"/>'));
    assert.throws(() => parseXml('<a>&</a>'));
    assert.throws(() => parseXml('<a>\u0001</a>'));
  });

  it('a grading that could not run counts one error and says why', () => {
    const root = parseXml(junitReport(sampleReport({ results: [], problem: 'No Python <3.10 found & no tests ran.' }), TOOL));
    assert.equal(root.attributes.errors, '1');
    const suite = kids(root, 'testsuite')[0];
    assert.equal(kids(suite, 'system-err')[0].text, 'No Python <3.10 found & no tests ran.');
  });
});
