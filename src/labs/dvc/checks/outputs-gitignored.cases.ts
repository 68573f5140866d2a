import type { CheckCases } from '../../cases';
import { DVC_WRITTEN_GITIGNORES, FLAGS, FOREACH, SOLUTION, VARS, WDIR } from './examples';

export const cases: CheckCases = {
  valid: [
    { name: 'the lab solution', files: { 'dvc.yaml': SOLUTION } },
    { name: 'the .gitignore files dvc repro writes in each output folder', files: { 'dvc.yaml': SOLUTION, ...DVC_WRITTEN_GITIGNORES } },
    {
      name: 'a file output listed by DVC in the .gitignore of its own folder',
      files: {
        'dvc.yaml': SOLUTION.replace('    outs:\n      - data/prepared\n', '    outs:\n      - data/prepared/train.csv\n      - data/prepared/test.csv\n'),
        '.gitignore': '/models\n',
        'data/prepared/.gitignore': '/train.csv\n/test.csv\n',
      },
    },
    { name: 'folder and glob patterns', files: { '.gitignore': 'data/\nmodels/*.pkl\n' } },
    { name: 'a pattern at any depth', files: { '.gitignore': '**/prepared\n/models/\n' } },
    { name: 'an uncached output stays in git', files: { 'dvc.yaml': FLAGS } },
    { name: 'outputs relative to wdir', files: { 'dvc.yaml': WDIR } },
    { name: 'paths from vars', files: { 'dvc.yaml': VARS } },
    { name: 'templated foreach outputs beside an ignored folder', files: { 'dvc.yaml': FOREACH } },
    { name: 'no root .gitignore, only those DVC wrote', files: { 'dvc.yaml': SOLUTION, ...DVC_WRITTEN_GITIGNORES, '.gitignore': null } },
    {
      name: 'an output folder whose contents are ignored with `folder/*`',
      files: { '.gitignore': '.venv/\ndata/prepared/*\nmodels/**\n' },
    },
  ],
  invalid: [
    { name: 'the model is not ignored', files: { '.gitignore': '__pycache__/\n/data/prepared\n' }, lines: [23] },
    { name: 'the model is re-included with `!`', files: { '.gitignore': '/data/prepared\n/models/*\n!/models/model.pkl\n' }, lines: [23] },
    {
      name: 'the nested .gitignore lists another file',
      files: { ...DVC_WRITTEN_GITIGNORES, 'models/.gitignore': '/old-model.pkl\n' },
      lines: [23],
    },
    {
      name: 'only some files of the output folder are ignored (`folder/*.csv`)',
      files: { '.gitignore': 'data/prepared/*.csv\n/models\n' },
      lines: [11],
    },
  ],
};
