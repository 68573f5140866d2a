// ci.image-tag-sha (general): the published image carries a tag unique to its commit (SHA or release version).
import { isSeq } from 'yaml';
import type { CheckDefinition, Finding } from '../../types';
import { type Step, type Workflow, deref, getNode, getText, rangeOf, scalarText } from '../parse';
import { replaceFix, withFix } from '../positions';
import * as sh from '../shell';
import { type Check, branchFilter, envOf, events, stepNode, usesAction } from './common';
import { pushSteps } from './push-only-main';

export const definition: CheckDefinition = {
  id: 'ci.image-tag-sha',
  title: 'Image tagged with the commit SHA',
  scope: 'general',
  why:
    '`latest` is overwritten by every build, so you cannot tell which code and model a running container holds, or roll back to the previous one. ' +
    'Tagging with the commit SHA (or a release version) links each image to the exact code, data and model version that produced it.',
  lesson: 'why-versioning',
  hints: [
    'If production breaks, how would you find out which commit built the running image?',
    'Tag the image with something unique to the commit (you may keep `latest` as an extra tag); docker/metadata-action `type=sha` does it too.',
    'Use `tags: ghcr.io/<owner>/<image>:${{ github.sha }}`.',
  ],
};

/** Values unique to one commit (or one run, which GitHub links to its commit). */
const SHA = /github\.sha|GITHUB_SHA|github\.event\.pull_request\.head\.sha|git\s+rev-parse|github\.event\.release\.tag_name|github\.run_(id|number)|GITHUB_RUN_(ID|NUMBER)/;
/** The ref (or its name) is unique only when the workflow runs for tags (a branch name is reused by every build). */
const REF_NAME = /github\.ref(?:_name)?\b|GITHUB_REF(?:_NAME)?\b/;
/** docker/metadata-action, and crazy-max/ghaction-docker-meta, the name it was published under before v2. */
const META_ACTIONS = ['docker/metadata-action', 'crazy-max/ghaction-docker-meta'];
const isMetaStep = (s: Step) => META_ACTIONS.some((a) => usesAction(s, a));

function tagsOnly(wf: Workflow): boolean {
  const evs = [...events(wf)];
  return evs.length > 0 && evs.every(([e, cfg]) => e === 'release' || (e === 'push' && branchFilter(wf, cfg, 'tags') !== undefined && branchFilter(wf, cfg, 'branches') === undefined));
}
const META_UNIQUE = /type=(sha|semver|pep440)|type=ref,\s*event=tag/;

/** Whether a tag text is tied to the commit, following `${{ env.X }}`, `$X`, `steps.<id>.outputs.*` one level. */
function unique(wf: Workflow, b: Step, tag: string, depth = 0): boolean {
  if (SHA.test(tag) || (REF_NAME.test(tag) && tagsOnly(wf))) return true;
  if (depth > 2) return false;
  const env = envOf(wf, b);
  // Values exported to $GITHUB_ENV or $GITHUB_OUTPUT by earlier steps of the same job.
  for (const s of b.job.steps.slice(0, b.index)) {
    for (const e of sh.exportedVars(s.runText)) {
      if (env.has(e.name) && e.file !== 'output') continue;
      // A value computed in the script (`$(git rev-parse …)`, `$tag` set from `${GITHUB_REF_NAME#v}`) carries what the script read.
      const computed = /\$\(|\$\{?\w/.test(e.value);
      const marks = computed ? (SHA.test(s.runText) ? ' GITHUB_SHA' : '') + (REF_NAME.test(s.runText) ? ' GITHUB_REF_NAME' : '') : '';
      env.set(e.file === 'env' ? e.name : `steps.${getText(wf.doc, s.node, 'id')}.outputs.${e.name}`, e.value + marks);
    }
  }
  const refs = [...tag.matchAll(/env\.([\w-]+)|\$\{?([A-Za-z_]\w*)\}?|(steps\.[\w-]+\.outputs\.[\w-]+)/g)];
  for (const m of refs) {
    const name = m[1] ?? m[2] ?? m[3]!;
    const value = env.get(name);
    if (value !== undefined && unique(wf, b, value, depth + 1)) return true;
    const meta = /^steps\.([\w-]+)\.outputs\.(tags|json|labels)/.exec(name);
    if (meta) {
      const s = b.job.steps.find((x) => getText(wf.doc, x.node, 'id') === meta[1]);
      // `tag-sha: true` is how the first major (crazy-max/ghaction-docker-meta@v1) asked for the SHA tag.
      if (s && isMetaStep(s) && (META_UNIQUE.test(getText(wf.doc, s.with, 'tags')) || getText(wf.doc, s.with, 'tag-sha') === 'true')) return true;
    }
  }
  return false;
}

export const run: Check = (wf) => {
  // Only published images need a traceable tag: a build that is never pushed has nothing to trace.
  const out: Finding[] = [];
  for (const { step: b } of pushSteps(wf)) {
    let tagNode: unknown;
    let tags: string[];
    if (usesAction(b, 'docker/build-push-action')) {
      tagNode = getNode(wf.doc, b.with, 'tags');
      tags = isSeq(tagNode) ? tagNode.items.map((i) => scalarText(deref(wf.doc, i))) : scalarText(tagNode).split(/[\n,]/);
    } else if (usesAction(b, 'docker/bake-action')) {
      continue; // tags live in the bake file
    } else {
      tagNode = b.run;
      tags = sh.commands(b.runText).filter(sh.isDockerPush).flatMap(sh.dockerTags);
    }
    tags = tags.map((t) => t.trim()).filter(Boolean);
    if (tags.length === 0 || tags.some((t) => unique(wf, b, t))) continue;
    const r = rangeOf(tagNode);
    const src = r ? wf.pos.text.slice(r[0], r[1]) : '';
    const i = src.indexOf(':latest');
    const fix = r && i >= 0 && src.indexOf(':latest', i + 1) < 0 ? replaceFix(wf.pos, r[0] + i + 1, r[0] + i + 7, '${{ github.sha }}', 'Tag with the commit SHA') : undefined;
    // Only blame metadata-action when the tags really come from a metadata-action step.
    const fromMeta = tags.some((t) =>
      [...t.matchAll(/steps\.([\w-]+)\.outputs\./g)].some((m) => b.job.steps.some((x) => getText(wf.doc, x.node, 'id') === m[1] && isMetaStep(x))),
    );
    const msg = fromMeta
      ? 'The tags come from docker/metadata-action without `type=sha` (its default tags are branch, tag and PR names, which later builds overwrite). Add `type=sha` to its `tags:`.'
      : tags.every((t) => t.endsWith(':latest') || (!t.includes('$') && !/:[^/]+$/.test(t)))
        ? 'The image is only tagged `latest`, which every build overwrites. Tag it with the commit SHA, `${{ github.sha }}`.'
        : 'The image is not tagged with the commit SHA (or a release version), so you cannot tell which commit a running image came from. Add a tag ending in `:${{ github.sha }}`.';
    const f = r && i >= 0 ? wf.pos.offsetFinding(r[0] + i + 1, r[0] + i + 7, msg) : wf.pos.nodeFinding(tagNode ?? stepNode(b), msg);
    out.push(withFix(f, fix));
  }
  return out;
};
