import * as assert from 'node:assert/strict';
import { QUESTION_TYPES, type NumericQuestion, type Question } from '../../../src/quiz/model';
import { courseIds, loadContentQuizzes } from './content';

// The article's quiz, correct answers in order (from "MLOps & Deployment Quiz", 20 Practice Questions).
const ARTICLE_ANSWERS = [
  'Machine Learning Operations',
  'MLflow',
  'Package model with dependencies for consistent deployment',
  'Input data distribution changing over time',
  'Current production model',
  'Manual data entry',
  'Large datasets and ML model files',
  'Reducing numerical precision to improve inference speed',
  'p95 latency',
  'Continuous Integration/Continuous Deployment',
  'Kubernetes',
  'Relationship between features and target changes',
  'Progressive rollout (canary deployment)',
  'Centralized storage and versioning of production models',
  'TensorFlow Serving',
  'Performance degradation or scheduled intervals',
  'Faster, more reliable model deployments',
  'Processing large datasets offline at scheduled times',
  'Apache Airflow or Kubeflow',
  'Managing and serving engineered features consistently',
];

describe('quiz content', () => {
  const { quizzes, problems, files } = loadContentQuizzes();
  const ids = courseIds();
  const all: Question[] = quizzes.flatMap((q) => q.questions);
  const byId = new Map(all.map((q) => [q.id, q]));

  it('every quiz file parses with zero problems', () => {
    assert.deepEqual(problems, []);
    // The article's quiz plus one file per topic quiz listed in course.yaml, and nothing else.
    const listed = [...ids.topicQuizzes.values()].flat().map((id) => `${id}.yaml`);
    assert.deepEqual(files, ['article.yaml', ...listed].sort());
    for (const core of ['cicd-quiz.yaml', 'deployment-quiz.yaml', 'fundamentals-quiz.yaml', 'monitoring-quiz.yaml']) assert.ok(files.includes(core), core);
    assert.equal(quizzes.length, files.length);
  });

  // 5-10: the topic quizzes also re-test the article's facts with balanced choices (canary, delivery vs
  // deployment, feature store, retraining triggers), which took two of them past the earlier limit of 8.
  it('has the article quiz and one quiz per teaching topic, 5-10 questions each', () => {
    const article = quizzes.find((q) => q.id === 'article-quiz');
    assert.ok(article);
    // Labelled as the article's warm-up: its choices are the article's, so length can give answers away.
    assert.equal(article.title, 'Article warm-up: MLOps & Deployment Quiz');
    assert.match(article.summary, /warm-up/);
    assert.equal(article.topic, undefined);
    // Every topic that teaches (all but the FAQ) has exactly one quiz, the article's four and those beyond it.
    const teaching = [...ids.topicQuizzes.entries()].filter(([topic]) => topic !== 'faq');
    for (const [topic, quizIds] of teaching) assert.equal(quizIds.length, 1, `topic ${topic} lists ${quizIds.length} quizzes`);
    for (const [id, topic] of teaching.map(([topic, q]) => [q[0], topic])) {
      const quiz = quizzes.find((q) => q.id === id);
      assert.ok(quiz, id);
      assert.equal(quiz.topic, topic);
      assert.ok(quiz.questions.length >= 5 && quiz.questions.length <= 10, `${id}: ${quiz.questions.length} questions`);
      for (const q of quiz.questions) assert.equal(ids.lessonTopics.get(q.lesson), topic, `${q.id} is taught in another topic`);
    }
  });

  it("article.yaml has the article's 20 questions with the article's correct answers", () => {
    const article = quizzes.find((q) => q.id === 'article-quiz');
    assert.ok(article);
    assert.equal(article.file, 'quizzes/article.yaml');
    assert.equal(article.questions.length, 20);
    article.questions.forEach((q, i) => {
      assert.equal(q.id, `article-${String(i + 1).padStart(2, '0')}`);
      assert.equal(q.type, 'single', q.id);
      if (q.type !== 'single') return;
      assert.equal(q.choices.length, 4, q.id);
      assert.deepEqual(q.choices.filter((c) => c.correct).map((c) => c.text), [ARTICLE_ANSWERS[i]], q.id);
    });
  });

  it('every question type appears', () => {
    for (const t of QUESTION_TYPES) assert.ok(all.some((q) => q.type === t), `no ${t} question`);
  });

  it('every choice explains itself and every question has an explanation', () => {
    for (const q of all) {
      assert.ok(q.explanation.length > 40, `${q.id}: explanation too short`);
      if (q.type === 'single' || q.type === 'multiple') for (const c of q.choices) assert.ok(c.why, `${q.id}: "${c.text}" has no why`);
      // A select-all question may have every choice correct (learners must not assume a distractor),
      // but then it offers at least 4 choices, so picking everything is a decision, not a default.
      if (q.type === 'multiple') assert.ok(q.choices.some((c) => !c.correct) || q.choices.length >= 4, `${q.id}: an all-correct select-all question needs at least 4 choices`);
    }
  });

  it('select-all questions vary how many choices are correct, from one to all', () => {
    // A fixed pattern (always 4 of 6) lets a learner answer by counting instead of knowing.
    const multiples = all.filter((q): q is Extract<Question, { type: 'multiple' }> => q.type === 'multiple');
    const counts = multiples.map((q) => q.choices.filter((c) => c.correct).length);
    assert.ok(counts.includes(1), 'a select-all question with exactly one correct choice');
    assert.ok(multiples.some((q) => q.choices.every((c) => c.correct)), 'a select-all question with every choice correct');
    assert.ok(new Set(counts).size >= 3, `correct counts ${counts.join(', ')}`);
    const patterns = multiples.map((q) => `${q.choices.filter((c) => c.correct).length}/${q.choices.length}`);
    for (const p of new Set(patterns)) assert.ok(patterns.filter((x) => x === p).length <= multiples.length / 2, `${p} correct in too many select-all questions: ${patterns.join(', ')}`);
  });

  it('choice texts, whys, order items and match sides hold no markdown (the webview shows them as plain text)', () => {
    const texts = all.flatMap((q) => {
      if (q.type === 'single' || q.type === 'multiple') return q.choices.flatMap((c) => [c.text, c.why ?? '']).map((t) => [q.id, t]);
      if (q.type === 'order') return q.items.map((i) => [q.id, i.text]);
      if (q.type === 'match') return q.pairs.flatMap((p) => [p.left, p.right]).map((t) => [q.id, t]);
      return [];
    });
    for (const [id, t] of texts) assert.ok(!/`|\*\*|\]\(/.test(t), `${id}: "${t}" would show markdown syntax literally`);
  });

  it('question ids are unique across all quizzes', () => {
    assert.equal(byId.size, all.length);
  });

  function numeric(id: string): NumericQuestion {
    const q = byId.get(id);
    assert.ok(q && q.type === 'numeric', id);
    return q;
  }

  it('p95 latency: the answer is the nearest-rank p95 of the listed timings', () => {
    const q = numeric('monitor-05');
    const line = q.prompt.split('\n').find((l) => /^\s*\d+(,\s*\d+)+\s*$/.test(l));
    assert.ok(line);
    const values = line.split(',').map((s) => Number(s.trim()));
    assert.equal(values.length, 20);
    const sorted = [...values].sort((a, b) => a - b);
    const rank = Math.ceil(0.95 * values.length);
    assert.equal(rank, 19);
    assert.equal(q.answer, sorted[rank - 1]);
    assert.equal(q.answer, 240);
    assert.equal(q.unit, 'ms');
    assert.ok(q.explanation.includes(sorted.join(', ')), 'the explanation lists the sorted values');
    const mean = values.reduce((a, b) => a + b, 0) / values.length;
    assert.equal(Math.round(mean), 128);
    assert.ok(q.explanation.includes('about 128 ms'));
  });

  it('PSI: the answer is the PSI of the table in the prompt', () => {
    const q = numeric('monitor-06');
    const rows = q.prompt
      .split('\n')
      .map((l) => l.match(/^\|\s*\d+\s*\|\s*([\d.]+)\s*\|\s*([\d.]+)\s*\|$/))
      .filter((m): m is RegExpMatchArray => m !== null)
      .map((m) => ({ e: Number(m[1]), a: Number(m[2]) }));
    assert.equal(rows.length, 4);
    assert.ok(Math.abs(rows.reduce((s, r) => s + r.e, 0) - 1) < 1e-9);
    assert.ok(Math.abs(rows.reduce((s, r) => s + r.a, 0) - 1) < 1e-9);
    const psi = rows.reduce((s, r) => s + (r.a - r.e) * Math.log(r.a / r.e), 0);
    assert.ok(Math.abs(psi - 0.127695) < 1e-5, String(psi));
    assert.equal(q.answer, Math.round(psi * 1000) / 1000);
    assert.ok(Math.abs(psi - q.answer) <= q.tolerance);
    // A log10 slip must not pass.
    const psi10 = rows.reduce((s, r) => s + (r.a - r.e) * Math.log10(r.a / r.e), 0);
    assert.ok(Math.abs(psi10 - q.answer) > q.tolerance);
  });

  it('quantization size: 100 million int8 weights', () => {
    const q = numeric('deploy-08');
    assert.ok(q.prompt.includes('100 million weights') && q.prompt.includes('1 MB = 1,000,000 bytes'));
    const bytes = 100_000_000 * 1;
    assert.equal(q.answer, bytes / 1_000_000);
    assert.ok(q.explanation.includes(`${(100_000_000 * 4) / 1_000_000} MB`));
  });

  it('terraform plan: the answer counts the destroy and destroy-then-replace lines of the listed plan', () => {
    const q = numeric('platform-05');
    const actions = q.prompt
      .split('\n')
      .map((l) => l.match(/^\s*(\+|~|-|-\/\+)\s+aws_\w+\.\w+\s*$/))
      .filter((m): m is RegExpMatchArray => m !== null)
      .map((m) => m[1]);
    assert.equal(actions.length, 6);
    const deletions = actions.filter((a) => a === '-' || a === '-/+').length;
    assert.equal(q.answer, deletions);
    assert.equal(q.answer, 3);
    assert.equal(q.tolerance, 0);
    // Counting only the plain "-" line (forgetting that a replacement deletes) must not pass.
    assert.notEqual(actions.filter((a) => a === '-').length, q.answer);
  });

  it('equal opportunity difference: the answer is the gap in true positive rates of the table in the prompt', () => {
    const q = numeric('govern-05');
    const rows = q.prompt
      .split('\n')
      .map((l) => l.match(/^\|\s*([AB])\s*\|\s*(\d+)\s*\|\s*(\d+)\s*\|\s*(\d+)\s*\|\s*(\d+)\s*\|$/))
      .filter((m): m is RegExpMatchArray => m !== null)
      .map((m) => ({ applicants: Number(m[2]), qualified: Number(m[3]), predicted: Number(m[4]), truePositives: Number(m[5]) }));
    assert.equal(rows.length, 2);
    const tpr = rows.map((r) => r.truePositives / r.qualified);
    const gap = Math.abs(tpr[0] - tpr[1]);
    assert.ok(Math.abs(gap - 0.3) < 1e-9, String(gap));
    assert.ok(Math.abs(gap - q.answer) <= q.tolerance);
    // The demographic parity difference (selection rates) is a different number and must not pass.
    const selection = rows.map((r) => r.predicted / r.applicants);
    assert.ok(Math.abs(Math.abs(selection[0] - selection[1]) - q.answer) > q.tolerance);
    assert.ok(q.explanation.includes('0.80') && q.explanation.includes('0.50'));
  });

  it('error budget: the share of a 30-day budget that six hours at the stated error rate consume', () => {
    const q = numeric('prod-03');
    const num = (s: string) => Number(s.replace(/,/g, ''));
    const slo = q.prompt.match(/"(\d+(?:\.\d+)?)% of requests succeed, over a 30-day window"/);
    const traffic = q.prompt.match(/last (\d+) hours the service handled ([\d,]+) requests, of which ([\d,]+) failed/);
    assert.ok(slo && traffic, 'the prompt states the SLO, the window and the traffic');
    assert.ok(q.prompt.includes('720 hours') && q.prompt.includes('burn rate = observed error rate ÷ error budget'));
    const budget = 1 - Number(slo[1]) / 100;
    const hours = Number(traffic[1]);
    const errorRate = num(traffic[3]) / num(traffic[2]);
    const burn = errorRate / budget;
    assert.ok(Math.abs(burn - 3) < 1e-9, String(burn));
    const consumedPercent = (burn * hours * 100) / (30 * 24);
    assert.ok(Math.abs(consumedPercent - q.answer) <= q.tolerance, `${consumedPercent} vs ${q.answer}`);
    assert.equal(q.unit, '%');
    // Common slips must not pass: the error rate itself (1.5), the burn rate (3), or forgetting the window length.
    for (const slip of [errorRate * 100, burn, (burn * 100) / (30 * 24)]) assert.ok(Math.abs(slip - q.answer) > q.tolerance, String(slip));
    assert.ok(q.explanation.includes('burn') && q.explanation.includes('2.5%'));
  });

  it('sample size: the answer is the two-proportion formula of the prompt, rounded up', () => {
    const q = numeric('mltest-04');
    // Read every number from the prompt, so a change to the prompt that is not carried to the answer fails.
    const num = (name: string) => {
      const m = q.prompt.match(new RegExp(`${name} = (\\d+(?:\\.\\d+)?)`));
      assert.ok(m, `${name} in the prompt`);
      return Number(m[1]);
    };
    const [z1, z2, p1, p2] = [num('z₁'), num('z₂'), num('p₁'), num('p₂')];
    assert.deepEqual([z1, z2, p1, p2], [1.96, 0.84, 0.2, 0.22]);
    assert.ok(q.prompt.includes('(z₁ + z₂)² × (p₁(1 − p₁) + p₂(1 − p₂)) / (p₂ − p₁)²'), 'the formula is stated');
    const exact = ((z1 + z2) ** 2 * (p1 * (1 - p1) + p2 * (1 - p2))) / (p2 - p1) ** 2;
    assert.ok(Math.abs(exact - 6499.36) < 1e-6, String(exact));
    assert.equal(q.answer, Math.ceil(exact));
    assert.equal(q.unit, 'users');
    assert.ok(q.tolerance < 1.5, 'only rounding slack');
    // Common slips must not pass: the pooled variance 2p₁(1 − p₁), or forgetting to square the z sum.
    const pooled = ((z1 + z2) ** 2 * 2 * p1 * (1 - p1)) / (p2 - p1) ** 2;
    const unsquared = ((z1 + z2) * (p1 * (1 - p1) + p2 * (1 - p2))) / (p2 - p1) ** 2;
    for (const slip of [pooled, unsquared]) assert.ok(Math.abs(slip - q.answer) > q.tolerance, String(slip));
    assert.ok(q.explanation.includes('6,499.36') && q.explanation.includes('6,500'));
  });

  it('point-in-time join: the answer is the newest value at or before the label, within the TTL', () => {
    const q = numeric('features-04');
    const rows = q.prompt
      .split('\n')
      .map((l) => l.match(/^\|\s*(\d+) March\s*\|\s*(\d+)\s*\|$/))
      .filter((m): m is RegExpMatchArray => m !== null)
      .map((m) => ({ day: Number(m[1]), value: Number(m[2]) }));
    assert.deepEqual(rows.map((r) => r.day), [1, 10, 25]);
    const label = Number(q.prompt.match(/timestamp (\d+) March/)?.[1]);
    const ttl = Number(q.prompt.match(/at most (\d+) days older/)?.[1]);
    assert.deepEqual([label, ttl], [20, 14]);
    const eligible = rows.filter((r) => r.day <= label && label - r.day <= ttl);
    const newest = eligible.reduce((a, b) => (b.day > a.day ? b : a));
    assert.equal(q.answer, newest.value);
    assert.equal(q.tolerance, 0);
    // The leaky latest-value join gives another answer, so the question tells the two apart.
    const latest = rows.reduce((a, b) => (b.day > a.day ? b : a));
    assert.notEqual(latest.value, q.answer);
  });
});
